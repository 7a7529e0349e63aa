import { type ClaimDetail, SOURCING_GRADES } from '@claimtrail/contracts'
import { useState } from 'react'
import { Button, Form, Label, TextArea, TextField } from 'react-aria-components'
import { FieldErrorAlert } from '../../ui/field-error-alert.tsx'
import { FormActions } from '../../ui/form-actions.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { SOURCING_GRADE_LABELS } from '../articles/claim-labels.ts'
import type { ReviewWrite } from './review-queries.ts'

type Grade = (typeof SOURCING_GRADES)[number]

export interface WriteProps {
  claim: ClaimDetail
  /** Sends one review write; resolves to an error message, or null when it was saved (then announces `done`). */
  onWrite: (write: ReviewWrite, done?: string) => Promise<string | null>
  pending: boolean
  /** Whether the editor may change the assessment now (not once the claim is published). */
  editable: boolean
}

const EFFECT_WORDS: Record<ClaimDetail['sourcing']['reasons'][number]['effect'], string> = {
  base: 'Starting grade',
  up: 'Raises the grade',
  down: 'Lowers the grade',
  note: 'Note',
}
const EFFECT_SIGNS = { base: '●', up: '▲', down: '▼', note: 'ℹ' } as const

/** The computed grade and why it came out so, rule by rule (docs/design.md: the UI shows why). */
export function SourcingGrade({ claim, onWrite, pending, editable }: WriteProps) {
  const { sourcing, assessment } = claim
  const override = assessment?.overrideGrade ?? null
  const effective = override ?? sourcing.computedGrade
  return (
    <section className="review-section" aria-labelledby="grade-heading">
      <h2 id="grade-heading">Sourcing grade</h2>
      <div className="grade-summary">
        <span className="grade-big" data-testid="effective-grade" aria-describedby="grade-meaning">
          {effective}
        </span>
        <div>
          <p id="grade-meaning">{SOURCING_GRADE_LABELS[effective]}</p>
          {override ? (
            <p className="notice">
              Overridden by an editor (computed: {sourcing.computedGrade}). Reason:{' '}
              {assessment?.overrideReason}
            </p>
          ) : (
            <p className="muted">Computed from the chains, responses and hedges.</p>
          )}
        </div>
      </div>
      <h3>Why {sourcing.computedGrade}</h3>
      <ol className="grade-reasons" aria-label={`Why the computed grade is ${sourcing.computedGrade}`}>
        {sourcing.reasons.map((reason) => (
          <li key={`${reason.rule}-${reason.text}`} data-effect={reason.effect}>
            <span className="grade-effect" aria-hidden="true">
              {EFFECT_SIGNS[reason.effect]}
            </span>
            <span className="visually-hidden">{EFFECT_WORDS[reason.effect]}: </span>
            <span>{reason.text}</span>
            <code className="grade-rule">{reason.rule}</code>
          </li>
        ))}
      </ol>
      {sourcing.sharedOrigins.length > 0 && (
        <div className="notice" role="note">
          <strong>Circular sourcing:</strong>{' '}
          {sourcing.sharedOrigins
            .map(
              (s) =>
                `${s.origin.name} is the origin of chains ${s.chainIndexes.map((i) => i + 1).join(' and ')}`,
            )
            .join('; ')}
          . Those chains are not independent.
        </div>
      )}
      {editable && <OverrideForm claim={claim} onWrite={onWrite} pending={pending} editable={editable} />}
    </section>
  )
}

function OverrideForm({ claim, onWrite, pending }: WriteProps) {
  const current = claim.assessment?.overrideGrade ?? null
  const [open, setOpen] = useState(false)
  const [grade, setGrade] = useState<Grade | null>(current)
  const [reason, setReason] = useState(claim.assessment?.overrideReason ?? '')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | null>(null)

  if (!open) {
    return (
      <div className="button-row">
        <Button className="button button-secondary" onPress={() => setOpen(true)}>
          {current ? 'Change the override' : 'Override the grade'}
        </Button>
        {current && (
          <Button
            className="button button-secondary"
            isPending={pending}
            onPress={async () =>
              setError(await onWrite({ kind: 'assessment', body: { overrideGrade: null } }))
            }
          >
            Remove the override
          </Button>
        )}
        {error && (
          <p className="form-alert" role="alert">
            {error}
          </p>
        )}
      </div>
    )
  }

  async function save() {
    const found: Record<string, string> = {}
    if (!grade) found.overrideGrade = 'Choose the grade the claim should have'
    if (!reason.trim()) found.overrideReason = 'Say why the computed grade is wrong'
    setErrors(found)
    if (Object.keys(found).length > 0) return
    const message = await onWrite(
      { kind: 'assessment', body: { overrideGrade: grade, overrideReason: reason.trim() } },
      `Grade overridden: ${grade}.`,
    )
    setError(message)
    if (!message) setOpen(false)
  }

  return (
    <Form className="editor-form" validationErrors={errors} onSubmit={(e) => e.preventDefault()}>
      <SelectField
        name="overrideGrade"
        label="Grade to use instead"
        placeholder="Choose a grade"
        selectedKey={grade}
        onSelectionChange={(key) => {
          setGrade(SOURCING_GRADES.find((g) => g === key) ?? null)
          setErrors(({ overrideGrade: _g, ...rest }) => rest)
        }}
        isInvalid={Boolean(errors.overrideGrade)}
        options={SOURCING_GRADES.map((g) => ({ id: g, label: `${g} · ${SOURCING_GRADE_LABELS[g]}` }))}
      />
      <TextField
        className="field"
        name="overrideReason"
        value={reason}
        onChange={(value) => {
          setReason(value)
          setErrors(({ overrideReason: _r, ...rest }) => rest)
        }}
        isRequired
      >
        <Label>Reason for the override</Label>
        <TextArea className="input textarea" rows={3} />
        <FieldErrorAlert />
      </TextField>
      <FormActions
        error={error}
        pending={pending}
        saveLabel="Save the override"
        onSave={() => void save()}
        onCancel={() => {
          setOpen(false)
          setErrors({})
          setError(null)
        }}
      />
    </Form>
  )
}
