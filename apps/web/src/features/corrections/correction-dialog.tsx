import type { ClaimDetail } from '@claimtrail/contracts'
import { TEXT_LIMITS } from '@claimtrail/contracts'
import { useQuery } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import {
  Button,
  Dialog,
  DialogTrigger,
  Form,
  Heading,
  Input,
  Label,
  Modal,
  ModalOverlay,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components'
import { DialogSubmitActions } from '../../ui/dialog-submit-actions.tsx'
import { FieldErrorAlert } from '../../ui/field-error-alert.tsx'
import { type FieldErrors, useFieldErrors } from '../../ui/field-errors.ts'
import { SelectField } from '../../ui/select-field.tsx'
import { ratingScalesQuery } from '../rating-scales/rating-scales-queries.ts'
import {
  buildCorrection,
  type CorrectionValues,
  correctionErrorsFromApi,
  initialCorrection,
  KEEP_VERDICT,
} from './correction-form.ts'
import { useIssueCorrection } from './corrections-queries.ts'
import { failureText } from './issue-failure.ts'

/** Correction: what changed and why, with new wording or a new verdict where the editor gives one. */
export function CorrectionDialog({ claim, onIssued }: { claim: ClaimDetail; onIssued: () => void }) {
  const [isOpen, setOpen] = useState(false)
  const [values, setValues] = useState<CorrectionValues>(() => initialCorrection(claim))
  const { errors, setErrors, clear, formRef, focusFirstInvalid: refocus } = useFieldErrors()
  const issue = useIssueCorrection(claim.id)
  const scales = useQuery({ ...ratingScalesQuery(), enabled: isOpen })
  const scale = scales.data?.items.find((s) => s.isDefault) ?? scales.data?.items[0]
  const ratings = (scale?.ratings ?? []).filter((r) => !r.retired && r.id !== claim.verdict?.id)

  function openChange(open: boolean) {
    setOpen(open)
    if (open) setValues(initialCorrection(claim))
    else {
      setErrors({})
      issue.reset()
    }
  }

  const set = (field: keyof CorrectionValues) => (value: string) => {
    clear(field)
    setValues((v) => ({ ...v, [field]: value }))
  }

  function refuse(found: FieldErrors) {
    setErrors(found)
    refocus()
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const result = buildCorrection(claim, values)
    if (!result.ok) return refuse(result.errors)
    setErrors({})
    issue.mutate(
      { action: 'correct', body: result.body },
      {
        onSuccess: () => {
          openChange(false)
          onIssued()
        },
        onError: (error) => {
          const onFields = correctionErrorsFromApi(error)
          if (Object.keys(onFields).length > 0) refuse(onFields)
        },
      },
    )
  }

  const failure =
    issue.isError && Object.keys(correctionErrorsFromApi(issue.error)).length === 0
      ? failureText(issue.error, 'correction')
      : null

  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={openChange}>
      <Button className="button">Issue a correction</Button>
      <ModalOverlay className="modal-overlay" isDismissable={!issue.isPending}>
        <Modal className="modal modal-wide">
          <Dialog className="dialog">
            <Heading slot="title" className="dialog-title">
              Issue a correction
            </Heading>
            <p className="muted">
              “{claim.headline}”. Readers see what changed and why in the claim’s changelog and in the
              ledger’s feed.
            </p>
            <Form
              ref={formRef}
              className="form"
              onSubmit={submit}
              validationBehavior="aria"
              validationErrors={errors}
            >
              <TextField
                name="whatChanged"
                className="field"
                isRequired
                maxLength={TEXT_LIMITS.correction}
                value={values.whatChanged}
                onChange={set('whatChanged')}
              >
                <Label>What changed</Label>
                <TextArea className="input textarea" rows={3} />
                <Text slot="description" className="field-description">
                  As readers will read it, e.g. “The date of Ke’s resignation was 10 March, not 9 March.”
                </Text>
                <FieldErrorAlert />
              </TextField>
              <TextField
                name="reason"
                className="field"
                isRequired
                maxLength={TEXT_LIMITS.correction}
                value={values.reason}
                onChange={set('reason')}
              >
                <Label>Why</Label>
                <TextArea className="input textarea" rows={2} />
                <FieldErrorAlert />
              </TextField>

              <fieldset className="correction-changes">
                <legend>The corrected claim (change only what the correction changes)</legend>
                <TextField
                  name="headline"
                  className="field"
                  maxLength={TEXT_LIMITS.headline}
                  value={values.headline}
                  onChange={set('headline')}
                >
                  <Label>Headline</Label>
                  <Input className="input" />
                  <FieldErrorAlert />
                </TextField>
                <TextField
                  name="statement"
                  className="field"
                  value={values.statement}
                  onChange={set('statement')}
                >
                  <Label>Statement</Label>
                  <TextArea className="input textarea" rows={3} />
                  <FieldErrorAlert />
                </TextField>
                <SelectField
                  name="verdictRatingId"
                  label="Verdict"
                  selectedKey={values.verdictRatingId}
                  onSelectionChange={(key) => key !== null && set('verdictRatingId')(String(key))}
                  isInvalid={'verdictRatingId' in errors}
                  description={
                    scales.isError
                      ? 'The other ratings could not be loaded: the verdict can only be kept.'
                      : undefined
                  }
                  options={[
                    {
                      id: KEEP_VERDICT,
                      label: claim.verdict ? `Keep “${claim.verdict.label}”` : 'Keep no verdict',
                    },
                    ...ratings.map((r) => ({ id: r.id, label: r.label })),
                  ]}
                />
                <TextField
                  name="rationale"
                  className="field"
                  value={values.rationale}
                  onChange={set('rationale')}
                >
                  <Label>Rationale</Label>
                  <TextArea className="input textarea" rows={4} />
                  <FieldErrorAlert />
                </TextField>
              </fieldset>

              <DialogSubmitActions
                failure={failure}
                pending={issue.isPending}
                submitLabel="Issue correction"
                pendingLabel="Issuing…"
              />
            </Form>
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  )
}
