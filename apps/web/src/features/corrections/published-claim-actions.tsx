import type { ClaimDetail } from '@claimtrail/contracts'
import { TEXT_LIMITS } from '@claimtrail/contracts'
import { useQuery } from '@tanstack/react-query'
import { type FormEvent, useEffect, useRef, useState } from 'react'
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
import { Link } from 'react-router'
import { ApiRequestError } from '../../api/api-client.ts'
import { DialogSubmitActions } from '../../ui/dialog-submit-actions.tsx'
import { FieldErrorAlert } from '../../ui/field-error-alert.tsx'
import { type FieldErrors, useFieldErrors } from '../../ui/field-errors.ts'
import { formatDate } from '../articles/claim-labels.ts'
import { ratingScalesQuery } from '../rating-scales/rating-scales-queries.ts'
import {
  buildCorrection,
  buildRetraction,
  type CorrectionValues,
  correctionErrorsFromApi,
  initialCorrection,
  KEEP_VERDICT,
} from './correction-form.ts'
import { useIssueCorrection } from './corrections-queries.ts'
import './corrections.css'
import { SelectField } from '../../ui/select-field.tsx'

const KIND_WORDS = { correction: 'Correction', retraction: 'Retraction' } as const

/**
 * A published claim is never edited in place (docs/design.md "Workflow"): an editor issues a correction
 * (what changed, why, and optionally new wording or verdict) or retracts the claim review. Shows
 * the corrections issued so far. The actions follow the API's `allowedActions` for the caller.
 */
export function PublishedClaimActions({ claim }: { claim: ClaimDetail }) {
  const [done, setDone] = useState<string | null>(null)
  const canCorrect = claim.allowedActions.includes('correct')
  const canRetract = claim.allowedActions.includes('retract')

  return (
    <section className="detail-section published-actions" aria-labelledby="corrections-heading">
      <h3 id="corrections-heading">Corrections</h3>
      {claim.status === 'retracted' ? (
        <p className="notice">
          This claim review is retracted. It stays in the public ledger with its retraction note.
        </p>
      ) : (
        <p className="muted">
          Published claims are not edited in place: a correction says what changed and why, and readers see it
          in the claim’s public changelog.
        </p>
      )}
      <div role="status" className="status-line">
        {done && (
          <>
            {done} <Link to={`/ledger/claims/${claim.id}`}>See it in the public ledger</Link>
          </>
        )}
      </div>
      <CorrectionList corrections={claim.corrections} />
      {(canCorrect || canRetract) && (
        <div className="button-row">
          {canCorrect && (
            <CorrectionDialog
              claim={claim}
              onIssued={() => setDone('Correction issued: it is in the public changelog.')}
            />
          )}
          {canRetract && (
            <RetractionDialog claim={claim} onIssued={() => setDone('Claim review retracted.')} />
          )}
        </div>
      )}
    </section>
  )
}

function CorrectionList({ corrections }: { corrections: ClaimDetail['corrections'] }) {
  if (corrections.length === 0) return <p className="muted">No correction has been issued.</p>
  const newestFirst = [...corrections].sort((a, b) => b.issuedAt.localeCompare(a.issuedAt))
  return (
    <ol className="plain-list correction-list" aria-label="Corrections issued, newest first">
      {newestFirst.map((c) => (
        <li key={c.id} className="correction" data-kind={c.kind}>
          <p className="correction-head">
            <span className="badge correction-badge" data-kind={c.kind}>
              {KIND_WORDS[c.kind]}
            </span>{' '}
            <time dateTime={c.issuedAt}>{formatDate(c.issuedAt)}</time>
          </p>
          <p>{c.whatChanged}</p>
          <p>
            <span className="muted">Why: </span>
            {c.reason}
          </p>
        </li>
      ))}
    </ol>
  )
}

/** Explains a refused issue: a stale version (reloaded), or the API's words. */
function failureText(error: unknown, what: string): string {
  if (error instanceof ApiRequestError && error.isConflict)
    return `The claim was changed by someone else since you opened it, so the ${what} was not issued. It has been reloaded: check it, then issue the ${what} again.`
  return `The ${what} was not issued: ${error instanceof Error ? error.message : 'something went wrong'}`
}

function CorrectionDialog({ claim, onIssued }: { claim: ClaimDetail; onIssued: () => void }) {
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

/** Retraction: the reason first, then a confirmation step (it cannot be undone). */
function RetractionDialog({ claim, onIssued }: { claim: ClaimDetail; onIssued: () => void }) {
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
