import type { ClaimDetail } from '@claimtrail/contracts'
import { TEXT_LIMITS } from '@claimtrail/contracts'
import { type FormEvent, useEffect, useRef, useState } from 'react'
import {
  Button,
  Dialog,
  DialogTrigger,
  Form,
  Heading,
  Label,
  Modal,
  ModalOverlay,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components'
import { FieldErrorAlert } from '../../ui/field-error-alert.tsx'
import { useFieldErrors } from '../../ui/field-errors.ts'
import { buildRetraction, correctionErrorsFromApi } from './correction-form.ts'
import { useIssueCorrection } from './corrections-queries.ts'
import { failureText } from './issue-failure.ts'

/** Retraction: the reason first, then a confirmation step (it cannot be undone). */
export function RetractionDialog({ claim, onIssued }: { claim: ClaimDetail; onIssued: () => void }) {
  const [isOpen, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const [confirming, setConfirming] = useState(false)
  const { errors, setErrors, clear, formRef, focusFirstInvalid: refocus } = useFieldErrors()
  const issue = useIssueCorrection(claim.id)
  const confirmRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    if (confirming) confirmRef.current?.focus()
  }, [confirming])

  function openChange(open: boolean) {
    setOpen(open)
    if (!open) {
      setReason('')
      setConfirming(false)
      setErrors({})
      issue.reset()
    }
  }

  function review(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const result = buildRetraction(claim, reason)
    if (!result.ok) {
      setErrors(result.errors)
      refocus()
      return
    }
    issue.reset()
    setConfirming(true)
  }

  function retract() {
    const result = buildRetraction(claim, reason)
    if (!result.ok) return
    issue.mutate(
      { action: 'retract', body: result.body },
      {
        onSuccess: () => {
          openChange(false)
          onIssued()
        },
        onError: (error) => {
          const onFields = correctionErrorsFromApi(error)
          if (Object.keys(onFields).length > 0) {
            setConfirming(false)
            setErrors(onFields)
            refocus()
          }
        },
      },
    )
  }

  const failure =
    issue.isError && Object.keys(correctionErrorsFromApi(issue.error)).length === 0
      ? failureText(issue.error, 'retraction')
      : null

  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={openChange}>
      <Button className="button button-danger">Retract…</Button>
      <ModalOverlay
        className="modal-overlay"
        isDismissable={!issue.isPending}
        isKeyboardDismissDisabled={issue.isPending}
      >
        <Modal className="modal">
          <Dialog className="dialog" role="alertdialog">
            <Heading slot="title" className="dialog-title">
              Retract this claim review
            </Heading>
            {confirming ? (
              <>
                <h3 ref={confirmRef} tabIndex={-1} className="retraction-confirm">
                  Retract “{claim.headline}”?
                </h3>
                <p>
                  The claim stays in the public ledger marked as retracted, with this note. A retraction
                  cannot be undone or corrected afterwards.
                </p>
                <blockquote className="claim-quote">{reason.trim()}</blockquote>
                {failure && (
                  <div className="form-alert" role="alert">
                    {failure}
                  </div>
                )}
                <div className="dialog-actions">
                  <Button
                    className="button button-secondary"
                    onPress={() => setConfirming(false)}
                    isDisabled={issue.isPending}
                  >
                    Back
                  </Button>
                  <Button className="button button-danger" onPress={retract} isPending={issue.isPending}>
                    {issue.isPending ? 'Retracting…' : 'Retract claim review'}
                  </Button>
                </div>
              </>
            ) : (
              <Form
                ref={formRef}
                className="form"
                onSubmit={review}
                validationBehavior="aria"
                validationErrors={errors}
              >
                <TextField
                  name="reason"
                  className="field"
                  isRequired
                  maxLength={TEXT_LIMITS.correction}
                  value={reason}
                  onChange={(v) => {
                    clear('reason')
                    setReason(v)
                  }}
                >
                  <Label>Why is it retracted?</Label>
                  <TextArea className="input textarea" rows={3} />
                  <Text slot="description" className="field-description">
                    Shown to readers as the retraction note.
                  </Text>
                  <FieldErrorAlert />
                </TextField>
                <div className="dialog-actions">
                  <Button className="button button-secondary" slot="close">
                    Cancel
                  </Button>
                  <Button type="submit" className="button button-danger">
                    Continue
                  </Button>
                </div>
              </Form>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  )
}
