import { PasswordResetIssuedSchema, type User } from '@claimtrail/contracts'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import {
  Button,
  Dialog,
  Heading,
  Input,
  Label,
  Modal,
  ModalOverlay,
  Text,
  TextField,
} from 'react-aria-components'
import { api, read } from '../../api/api-client.ts'

/**
 * "Reset password" for another account: the API issues a one-time link, valid for an hour, shown
 * here once for the admin to hand over (no e-mail server is assumed).
 */
export function ResetLinkDialog({ user }: { user: User }) {
  const [isOpen, setOpen] = useState(false)
  const issue = useMutation({
    mutationFn: () =>
      read(
        api.POST('/api/v1/users/{userId}/password-reset', { params: { path: { userId: user.id } } }),
        PasswordResetIssuedSchema,
      ),
    // The code is a credential: not kept once the dialog is gone.
    gcTime: 0,
  })
  const link = issue.data ? new URL(issue.data.path, window.location.origin).href : ''

  return (
    <>
      <Button
        className="link-button"
        isPending={issue.isPending}
        onPress={() => issue.mutate(undefined, { onSuccess: () => setOpen(true) })}
      >
        Reset password<span className="visually-hidden"> of {user.displayName}</span>
      </Button>
      {issue.isError && (
        <p className="form-alert" role="alert">
          Could not issue a reset link: {issue.error.message}
        </p>
      )}
      <ModalOverlay
        className="modal-overlay"
        isDismissable
        isOpen={isOpen}
        onOpenChange={(open) => {
          setOpen(open)
          if (!open) issue.reset()
        }}
      >
        <Modal className="modal">
          <Dialog className="dialog">
            <Heading slot="title" className="dialog-title">
              Reset link for {user.displayName}
            </Heading>
            <TextField value={link} isReadOnly className="field">
              <Label>Link</Label>
              <Input className="input" onFocus={(e) => e.currentTarget.select()} />
              <Text slot="description" className="field-description">
                Give it to {user.email} over a safe channel. It works once, until{' '}
                {issue.data ? new Date(issue.data.expiresAt).toLocaleTimeString() : ''}; using it logs the
                account out everywhere.
              </Text>
            </TextField>
            <div className="dialog-actions">
              <Button className="button" slot="close">
                Done
              </Button>
            </div>
          </Dialog>
        </Modal>
      </ModalOverlay>
    </>
  )
}
