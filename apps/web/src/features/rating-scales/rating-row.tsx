import { TEXT_LIMITS } from '@claimtrail/contracts'
import { type CSSProperties, useId } from 'react'
import { Button, Input, Label, Text, TextArea, TextField } from 'react-aria-components'
import { FieldErrorAlert } from '../../ui/field-error-alert.tsx'
import { type DraftRating, fieldName, type RatingField } from './scale-draft.ts'

interface RatingRowProps {
  draft: DraftRating
  index: number
  count: number
  historyWarning: boolean
  originalLabel: string | undefined
  colourError: string | undefined
  onEdit: (field: RatingField, value: string) => void
  onMove: (by: -1 | 1) => void
  onRemove: () => void
}

/** One rating of the scale being edited: its fields, and moving or removing it. */
export function RatingRow({
  draft,
  index,
  count,
  historyWarning,
  originalLabel,
  colourError,
  onEdit,
  onMove,
  onRemove,
}: RatingRowProps) {
  const colourId = useId()
  const colourErrorId = useId()
  const name = draft.label.trim() || 'New rating'
  return (
    <li className="rating-row" style={{ '--verdict-colour': draft.colour } as CSSProperties}>
      <fieldset className="rating-fieldset">
        <legend>
          Rating {index + 1}: {name}
        </legend>
        <div className="rating-fields">
          <TextField
            name={fieldName(draft.key, 'label')}
            className="field"
            isRequired
            maxLength={TEXT_LIMITS.ratingLabel}
            value={draft.label}
            onChange={(v) => onEdit('label', v)}
          >
            <Label>Label</Label>
            <Input className="input" />
            <FieldErrorAlert />
          </TextField>
          <TextField
            name={fieldName(draft.key, 'ratingValue')}
            className="field rating-value-field"
            inputMode="numeric"
            value={draft.ratingValue}
            onChange={(v) => onEdit('ratingValue', v)}
          >
            <Label>ClaimReview value</Label>
            <Input className="input" />
            <Text slot="description" className="field-description">
              0–100, or empty (Not rated)
            </Text>
            <FieldErrorAlert />
          </TextField>
          <div className="field colour-field">
            <label htmlFor={colourId}>Colour</label>
            <span className="colour-input-row">
              <input
                id={colourId}
                name={fieldName(draft.key, 'colour')}
                type="color"
                className="colour-input"
                value={draft.colour}
                aria-invalid={colourError ? true : undefined}
                aria-describedby={colourError ? colourErrorId : undefined}
                onChange={(e) => onEdit('colour', e.target.value)}
              />
              <code className="muted">{draft.colour}</code>
            </span>
            {colourError && (
              <span id={colourErrorId} className="field-error" role="alert">
                {colourError}
              </span>
            )}
          </div>
          <TextField
            name={fieldName(draft.key, 'description')}
            className="field rating-description-field"
            maxLength={TEXT_LIMITS.ratingDescription}
            value={draft.description}
            onChange={(v) => onEdit('description', v)}
          >
            <Label>Description</Label>
            <TextArea className="input textarea" rows={2} />
            <FieldErrorAlert />
          </TextField>
        </div>
        {historyWarning && (
          <p className="hint">
            If a published verdict uses “{originalLabel}”, saving retires it and adds “{name}” in its place;
            the published verdicts keep “{originalLabel}”.
          </p>
        )}
        <div className="button-row rating-actions">
          <Button
            className="button button-secondary"
            onPress={() => onMove(-1)}
            isDisabled={index === 0}
            data-move={`${draft.key}:-1`}
          >
            Move up<span className="visually-hidden"> {name}</span>
          </Button>
          <Button
            className="button button-secondary"
            onPress={() => onMove(1)}
            isDisabled={index === count - 1}
            data-move={`${draft.key}:1`}
          >
            Move down<span className="visually-hidden"> {name}</span>
          </Button>
          <Button className="link-button danger-link" onPress={onRemove} data-remove={draft.key}>
            Remove<span className="visually-hidden"> {name}</span>
          </Button>
        </div>
      </fieldset>
    </li>
  )
}
