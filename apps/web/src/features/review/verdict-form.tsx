import type { RatingScale } from '@claimtrail/contracts'
import { useState } from 'react'
import {
  Button,
  Form,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components'
import { FieldErrorAlert } from '../../ui/field-error-alert.tsx'
import { FormActions } from '../../ui/form-actions.tsx'
import { VerdictChip } from '../articles/claim-badges.tsx'
import type { WriteProps } from './sourcing-review.tsx'

/** The checker's proposed verdict and rationale, and the editor's form to set them. */
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
      {claim.verdict ? (
        <p>
          <span className="muted">{claim.status === 'published' ? 'Verdict: ' : 'Proposed verdict: '}</span>
          <VerdictChip verdict={claim.verdict} />
        </p>
      ) : (
        <p className="muted">
          {claim.kind === 'opinion' ? 'Opinions are not rated.' : 'No verdict proposed yet.'}
        </p>
      )}
      <h3>Rationale</h3>
      {claim.rationale ? (
        <p className="rationale">{claim.rationale}</p>
      ) : (
        <p className="muted">No rationale written yet.</p>
      )}
      {editable &&
        (editing ? (
          <VerdictForm
            claim={claim}
            onWrite={onWrite}
            pending={pending}
            editable={editable}
            scale={scale}
            onDone={() => setEditing(false)}
          />
        ) : (
          <Button className="button button-secondary" onPress={() => setEditing(true)}>
            {claim.verdict ? 'Change the verdict' : 'Set the verdict'}
          </Button>
        ))}
    </section>
  )
}

function VerdictForm({
  claim,
  onWrite,
  pending,
  scale,
  onDone,
}: WriteProps & { scale: RatingScale | null; onDone: () => void }) {
  const ratings = (scale?.ratings ?? []).filter((r) => !r.retired || r.id === claim.verdict?.id)
  const [ratingId, setRatingId] = useState<string | null>(claim.verdict?.id ?? null)
  const [rationale, setRationale] = useState(claim.rationale ?? '')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | null>(null)

  async function save() {
    const found: Record<string, string> = {}
    if (!ratingId) found.verdictRatingId = 'Choose a rating'
    if (!rationale.trim()) found.rationale = 'Explain the verdict: readers see the rationale'
    setErrors(found)
    if (!ratingId || Object.keys(found).length > 0) return
    const message = await onWrite(
      { kind: 'verdict', verdictRatingId: ratingId, rationale: rationale.trim() },
      'Verdict saved.',
    )
    setError(message)
    if (!message) onDone()
  }

  return (
    <Form className="editor-form" validationErrors={errors} onSubmit={(e) => e.preventDefault()}>
      <Select
        className="field select"
        name="verdictRatingId"
        selectedKey={ratingId}
        onSelectionChange={(key) => {
          setRatingId(key === null ? null : String(key))
          setErrors(({ verdictRatingId: _v, ...rest }) => rest)
        }}
        isInvalid={Boolean(errors.verdictRatingId)}
      >
        <Label>Rating{scale ? ` (${scale.name})` : ''}</Label>
        <Button className="select-button">
          <SelectValue>{({ selectedText }) => selectedText ?? 'Choose a rating'}</SelectValue>
          <span className="select-arrow" aria-hidden="true">
            ▾
          </span>
        </Button>
        <FieldErrorAlert />
        <Popover className="popover" placement="bottom start">
          <ListBox className="listbox">
            {ratings.map((r) => (
              <ListBoxItem key={r.id} id={r.id} className="listbox-item" textValue={r.label}>
                <Text slot="label">{r.label}</Text>
                {r.description && (
                  <Text slot="description" className="muted">
                    {r.description}
                  </Text>
                )}
              </ListBoxItem>
            ))}
          </ListBox>
        </Popover>
      </Select>
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
        <TextArea className="input textarea" rows={5} />
        <Text slot="description" className="field-description">
          Answer every denial on record by name: publishing needs it.
        </Text>
        <FieldErrorAlert />
      </TextField>
      <FormActions
        error={error}
        pending={pending}
        saveLabel="Save the verdict"
        onSave={() => void save()}
        onCancel={onDone}
      />
    </Form>
  )
}
