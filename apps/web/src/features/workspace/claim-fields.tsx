import { CLAIM_KINDS, TEXT_LIMITS } from '@claimtrail/contracts'
import { Input, Label, Text, TextArea, TextField } from 'react-aria-components'
import { FieldErrorAlert } from '../../ui/field-error-alert.tsx'
import { ChoiceSelect } from '../../ui/select-field.tsx'
import { KIND_LABELS } from '../articles/claim-labels.ts'
import type { ClaimFields } from './claim-diff.ts'
import { EntityComboBox, EntityListPicker } from './entity-combobox.tsx'

/** ClaimReview's claimReviewed: short, and without the verdict in it (docs/design.md). */
export const HEADLINE_MAX = TEXT_LIMITS.headline

/** Hedges are typed as one line, separated by commas. */
export const parseHedges = (text: string) =>
  text
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean)

/** The form's own check before anything goes to the API; the API checks again with the contract. */
export function checkFields(fields: ClaimFields): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!fields.statement.trim()) errors.statement = 'Write the claim as a plain, self-contained statement'
  if (!fields.headline.trim()) errors.headline = 'Write a short headline'
  else if (fields.headline.trim().length > HEADLINE_MAX)
    errors.headline = `Keep the headline to ${HEADLINE_MAX} characters`
  return errors
}

interface ClaimFieldsProps {
  fields: ClaimFields
  hedgesText: string
  onChange: (fields: ClaimFields) => void
  onHedgesChange: (text: string) => void
  /** Clears a field's error as the user edits it. */
  onEdit: (field: string) => void
  isDisabled?: boolean
}

/** Statement, headline, kind, claimant, subjects and hedges: the claim's own words. */
export function ClaimFieldsInputs({
  fields,
  hedgesText,
  onChange,
  onHedgesChange,
  onEdit,
  isDisabled = false,
}: ClaimFieldsProps) {
  const set = <K extends keyof ClaimFields>(field: K, value: ClaimFields[K]) => {
    onEdit(field)
    onChange({ ...fields, [field]: value })
  }
  const headlineLength = fields.headline.trim().length
  return (
    <>
      <TextField
        name="statement"
        className="field"
        isRequired
        isDisabled={isDisabled}
        value={fields.statement}
        onChange={(v) => set('statement', v)}
      >
        <Label>Statement</Label>
        <TextArea className="input textarea" rows={3} />
        <Text slot="description" className="field-description">
          The claim restated plainly, understandable without the article.
        </Text>
        <FieldErrorAlert />
      </TextField>
      <TextField
        name="headline"
        className="field"
        isRequired
        isDisabled={isDisabled}
        value={fields.headline}
        onChange={(v) => set('headline', v)}
      >
        <Label>Headline</Label>
        <Input className="input" />
        <Text
          slot="description"
          className="field-description counter"
          data-over={headlineLength > HEADLINE_MAX}
        >
          {headlineLength} of {HEADLINE_MAX} characters · no verdict in it
        </Text>
        <FieldErrorAlert />
      </TextField>
      <ChoiceSelect
        name="kind"
        label="Kind"
        isDisabled={isDisabled}
        value={fields.kind}
        options={CLAIM_KINDS}
        labels={KIND_LABELS}
        onChange={(kind) => set('kind', kind)}
      />
      <EntityComboBox
        label="Claimant"
        description="Who asserts it in the article (often an outlet relaying others)."
        value={fields.claimant}
        defaultKind="outlet"
        isDisabled={isDisabled}
        onChange={(entity) => set('claimant', entity)}
      />
      <EntityListPicker
        label="About"
        value={fields.subjects}
        isDisabled={isDisabled}
        onChange={(subjects) => set('subjects', subjects)}
      />
      <TextField
        name="hedges"
        className="field"
        isDisabled={isDisabled}
        value={hedgesText}
        onChange={(text) => {
          onEdit('hedges')
          onHedgesChange(text)
        }}
      >
        <Label>Hedges</Label>
        <Input className="input" />
        <Text slot="description" className="field-description">
          Wording that weakens the claim (“allegedly”, “reportedly”), separated by commas.
        </Text>
        <FieldErrorAlert />
      </TextField>
    </>
  )
}
