import { HOP_ACCESS, HOP_ROLES } from '@claimtrail/contracts'
import { useId } from 'react'
import { Button, Checkbox, Input, Label, Text, TextField } from 'react-aria-components'
import { ChoiceSelect } from '../../ui/select-field.tsx'
import { HOP_ACCESS_LABELS, HOP_ROLE_LABELS } from '../articles/claim-labels.ts'
import type { DraftHop } from './chain-draft.ts'
import { EntityComboBox } from './entity-combobox.tsx'
import type { Span } from './selection-offsets.ts'

export interface HopFormProps {
  index: number
  hop: DraftHop
  count: number
  body: string | null
  selection: Span | null
  onChange: (change: Partial<DraftHop>) => void
  onRemove: () => void
}

/** One hop of a chain being edited: who, in what role, named or not, on record or not, and the cue words. */
export function HopForm({ index, hop, count, body, selection, onChange, onRemove }: HopFormProps) {
  const n = index + 1
  const groupId = useId()
  return (
    <li className="hop-form" aria-labelledby={groupId}>
      <p id={groupId} className="hop-form-title">
        Hop {n}: {HOP_ROLE_LABELS[hop.role]}
      </p>
      <EntityComboBox
        label={`Hop ${n} entity`}
        value={hop.entity}
        defaultKind={index === 0 ? 'anonymous_group' : 'outlet'}
        onChange={(entity) =>
          onChange(
            entity?.kind === 'anonymous_group'
              ? { entity, named: false, onRecord: false }
              : entity && hop.entity === null
                ? { entity, named: true }
                : { entity },
          )
        }
      />
      {index > 0 && (
        <ChoiceSelect
          label={`Hop ${n} role`}
          value={hop.role}
          options={HOP_ROLES.filter((r) => r !== 'origin')}
          labels={HOP_ROLE_LABELS}
          onChange={(role) => onChange({ role })}
        />
      )}
      <div className="checkbox-row">
        <Checkbox className="checkbox" isSelected={hop.named} onChange={(named) => onChange({ named })}>
          <span className="checkbox-box" aria-hidden="true" />
          Named
        </Checkbox>
        <Checkbox
          className="checkbox"
          isSelected={hop.onRecord}
          onChange={(onRecord) => onChange({ onRecord })}
        >
          <span className="checkbox-box" aria-hidden="true" />
          On the record
        </Checkbox>
        {!hop.named && (
          <Checkbox
            className="checkbox"
            isSelected={hop.anonymityReasonGiven}
            onChange={(anonymityReasonGiven) => onChange({ anonymityReasonGiven })}
          >
            <span className="checkbox-box" aria-hidden="true" />
            Reason for anonymity given
          </Checkbox>
        )}
      </div>
      <ChoiceSelect
        label={`Hop ${n} access`}
        value={hop.access}
        options={HOP_ACCESS}
        labels={HOP_ACCESS_LABELS}
        onChange={(access) => onChange({ access })}
      />
      <TextField className="field" value={hop.cue} onChange={(cue) => onChange({ cue, cueSpan: null })}>
        <Label>Hop {n} cue words</Label>
        <Input className="input" />
        <Text slot="description" className="field-description">
          {hop.cueSpan
            ? `Anchored in the text at ${hop.cueSpan.start}–${hop.cueSpan.end}.`
            : 'The words that attribute it (“citing”, “reported”): select them in the text, or type them.'}
        </Text>
      </TextField>
      <div className="button-row">
        {body !== null && (
          <Button
            className="link-button"
            isDisabled={!selection}
            onPress={() =>
              selection && onChange({ cue: body.slice(selection.start, selection.end), cueSpan: selection })
            }
          >
            Use selected text as hop {n} cue
          </Button>
        )}
        {count > 1 && (
          <Button className="link-button danger-link" onPress={onRemove}>
            Remove hop {n}
          </Button>
        )}
      </div>
    </li>
  )
}
