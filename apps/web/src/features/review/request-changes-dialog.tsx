import { useState } from 'react'
import { Dialog, Heading, Label, Modal, ModalOverlay, TextArea, TextField } from 'react-aria-components'
import { DialogSubmitActions } from '../../ui/dialog-submit-actions.tsx'

/** The editor's comment for "request changes": required, kept typed if the request is refused. */
export function RequestChangesDialog({
  isOpen,
  onOpenChange,
  pending,
  onSend,
}: {
  isOpen: boolean
  onOpenChange: (open: boolean) => void
  pending: boolean
  onSend: (comment: string) => Promise<boolean>
}) {
  const [comment, setComment] = useState('')
  const [invalid, setInvalid] = useState(false)
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      isDismissable={!pending}
    >
      <Modal className="modal">
        <Dialog className="dialog">
          <form
            onSubmit={(event) => {
              event.preventDefault()
              if (!comment.trim()) {
                setInvalid(true)
                return
              }
              void onSend(comment.trim()).then((sent) => {
                if (sent) setComment('')
              })
            }}
          >
            <Heading slot="title" className="dialog-title">
              Request changes
            </Heading>
            <p>The checker sees your comment in their queue.</p>
            <TextField
              className="field"
              value={comment}
              onChange={(value) => {
                setComment(value)
                setInvalid(false)
              }}
              isRequired
              isInvalid={invalid}
              // The form says what is missing itself, in words, rather than the browser's bubble.
              validationBehavior="aria"
              autoFocus
            >
              <Label>What needs to change</Label>
              <TextArea className="input textarea" rows={4} />
              {invalid && (
                <p className="field-error" role="alert">
                  Say what needs to change.
                </p>
              )}
            </TextField>
            <DialogSubmitActions pending={pending} submitLabel="Send back to the checker" />
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}
