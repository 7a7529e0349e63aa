import type { ClaimDetail, RatingScale } from '@claimtrail/contracts'
import { useRef, useState } from 'react'
import { Button, Form, Label, Text, TextArea, TextField } from 'react-aria-components'
import { FieldErrorAlert } from '../../ui/field-error-alert.tsx'
import { RestoredNotice } from '../workspace/restored-notice.tsx'
import { readDraft, useDraft } from '../workspace/unsaved-drafts.ts'
import type { WriteProps } from './sourcing-review.tsx'
import { VerdictProposalView } from './verdict-proposal-view.tsx'
import '../workspace/claim-editor.css'
import { SelectField } from '../../ui/select-field.tsx'

/** The editor's verdict on the review screen: what was proposed and decided, and the form to decide. */
export function VerdictSection({
  claim,
  onWrite,
  pending,
  editable,
  scale,
}: WriteProps & { scale: RatingScale | null }) {
  const [editing, setEditing] = useState(false)
  return (
    <section className="review-section" aria-labelledby="verdict-heading">
      <h2 id="verdict-heading">Verdict</h2>
      <VerdictProposalView claim={claim} />
      {editable &&
        (editing ? (
          <VerdictForm
            claim={claim}
            scale={scale}
            pending={pending}
            saveLabel="Save the verdict"
            draftKey={null}
            onCancel={() => setEditing(false)}
            onSave={async (verdictRatingId, rationale) => {
              const message = await onWrite({ kind: 'verdict', verdictRatingId, rationale }, 'Verdict saved.')
              if (!message) setEditing(false)
              return message
            }}
          />
        ) : (
          <Button className="button button-secondary" onPress={() => setEditing(true)}>
            {claim.verdict ? 'Change the verdict' : 'Set the verdict'}
          </Button>
        ))}
    </section>
  )
}

interface VerdictDraft {
  ratingId: string | null
  rationale: string
}

interface VerdictFormProps {
  claim: ClaimDetail
  scale: RatingScale | null
  pending: boolean
  saveLabel: string
  /** Where the unsaved edit is kept on this device (null: not kept). */
  draftKey: string | null
  /** Resolves to an error message, or null once saved. */
  onSave: (verdictRatingId: string, rationale: string) => Promise<string | null>
  onCancel?: () => void
}

/** A verdict needs a rating and a rationale. */
export function verdictErrors(ratingId: string | null, rationale: string): Record<string, string> {
  const found: Record<string, string> = {}
  if (!ratingId) found.verdictRatingId = 'Choose a rating'
  if (!rationale.trim()) found.rationale = 'Explain the verdict: readers see the rationale'
  return found
}

/** Whether the rating moves away from `previousId` while the rationale written for it stays as it was. */
export function rationaleToRevisit(
  previousId: string,
  ratingId: string | null,
  rationale: string,
  savedRationale: string,
): boolean {
  if (ratingId === null || ratingId === previousId) return false
  return rationale.trim() === savedRationale.trim() && savedRationale.trim() !== ''
}

/** Asks to revisit a rationale written for the previous rating; once asked, saving again keeps it. */
function RevisitRationale({ previous, asked }: { previous: string; asked: boolean }) {
  return (
    <p className={asked ? 'form-alert' : 'field-description'} role={asked ? 'alert' : undefined}>
      The rationale was written for “{previous}”: revisit it so it explains the new rating.
      {asked && ' Save again to keep it as it is.'}
    </p>
  )
}

/**
 * A rating from the scale and the rationale. Changing the rating without touching the rationale
 * asks once to revisit it: a rationale written for another verdict would mislead readers.
 */
export function VerdictForm({
  claim,
  scale,
  pending,
  saveLabel,
  draftKey,
  onSave,
  onCancel,
}: VerdictFormProps) {
  const ratings = (scale?.ratings ?? []).filter((r) => !r.retired || r.id === claim.verdict?.id)
  const saved: VerdictDraft = { ratingId: claim.verdict?.id ?? null, rationale: claim.rationale ?? '' }
  const [restored] = useState(() => readDraft<VerdictDraft>(draftKey))
  const [ratingId, setRatingId] = useState<string | null>(restored?.data.ratingId ?? saved.ratingId)
  const [rationale, setRationale] = useState(restored?.data.rationale ?? saved.rationale)
  const [showRestored, setShowRestored] = useState(restored !== null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | null>(null)
  const [revisitAsked, setRevisitAsked] = useState(false)
  const rationaleRef = useRef<HTMLTextAreaElement>(null)

  const dirty = ratingId !== saved.ratingId || rationale !== saved.rationale
  const draft = useDraft<VerdictDraft>(draftKey, { ratingId, rationale }, dirty)
  const previous = claim.verdict
  const revisit = previous !== null && rationaleToRevisit(previous.id, ratingId, rationale, saved.rationale)

  function reset() {
    setRatingId(saved.ratingId)
    setRationale(saved.rationale)
    setErrors({})
    setError(null)
    setRevisitAsked(false)
    setShowRestored(false)
  }

  async function save() {
    const found = verdictErrors(ratingId, rationale)
    setErrors(found)
    if (!ratingId || Object.keys(found).length > 0) return
    if (revisit && !revisitAsked) {
      setRevisitAsked(true)
      rationaleRef.current?.focus()
      return
    }
    const message = await onSave(ratingId, rationale.trim())
    setError(message)
    if (!message) {
      draft.markSaved()
      setRevisitAsked(false)
      setShowRestored(false)
    }
  }

  function cancel() {
    reset()
    draft.markSaved()
    onCancel?.()
  }

  return (
    <Form className="editor-form" validationErrors={errors} onSubmit={(e) => e.preventDefault()}>
      {showRestored && restored && (
        <RestoredNotice
          what="your unsaved edit of the verdict"
          savedAt={restored.savedAt}
          onDiscard={reset}
        />
      )}
      <SelectField
        name="verdictRatingId"
        label={`Rating${scale ? ` (${scale.name})` : ''}`}
        placeholder="Choose a rating"
        selectedKey={ratingId}
        onSelectionChange={(key) => {
          setRatingId(key === null ? null : String(key))
          setErrors(({ verdictRatingId: _v, ...rest }) => rest)
        }}
        isInvalid={Boolean(errors.verdictRatingId)}
        options={ratings}
      />
      {revisit && <RevisitRationale previous={previous.label} asked={revisitAsked} />}
      <TextField
        className="field"
        name="rationale"
        value={rationale}
        onChange={(value) => {
          setRationale(value)
          setErrors(({ rationale: _r, ...rest }) => rest)
        }}
        isRequired
      >
        <Label>Rationale</Label>
        <TextArea ref={rationaleRef} className="input textarea" rows={5} />
        <Text slot="description" className="field-description">
          Answer every denial on record by name: publishing needs it.
        </Text>
        <FieldErrorAlert />
      </TextField>
      {error && (
        <p className="form-alert" role="alert">
          {error}
        </p>
      )}
      <VerdictButtons
        pending={pending}
        saveLabel={saveLabel}
        dirty={dirty}
        cancellable={onCancel !== undefined}
        onSave={() => void save()}
        onCancel={cancel}
      />
    </Form>
  )
}

/** Save, and Cancel (a form that can be closed) or Undo changes (one that stays open). */
function VerdictButtons({
  pending,
  saveLabel,
  dirty,
  cancellable,
  onSave,
  onCancel,
}: {
  pending: boolean
  saveLabel: string
  dirty: boolean
  cancellable: boolean
  onSave: () => void
  onCancel: () => void
}) {
  return (
    <div className="button-row">
      <Button className="button" onPress={onSave} isPending={pending} isDisabled={!dirty && !cancellable}>
        {pending ? 'Saving…' : saveLabel}
      </Button>
      <Button
        className="button button-secondary"
        onPress={onCancel}
        isDisabled={pending || (!cancellable && !dirty)}
      >
        {cancellable ? 'Cancel' : 'Undo changes'}
      </Button>
    </div>
  )
}
