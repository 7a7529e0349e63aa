import { ENTITY_KINDS, type EntityKind, type EntityRef } from '@claimtrail/contracts'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useEffect, useId, useState } from 'react'
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components'
import { ChoiceSelect } from '../../ui/select-field.tsx'
import { ENTITY_KIND_LABELS } from '../articles/claim-labels.ts'
import { entitySearchQuery, useCreateEntity } from './workspace-queries.ts'

const CREATE = '__create__'

interface EntityOption {
  id: string
  name: string
  /** Null on the "Create …" option. */
  kind: EntityKind | null
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return debounced
}

interface EntityComboBoxProps {
  label: string
  /** The entity chosen; null for none. A picker that adds to a list passes null and clears itself. */
  value: EntityRef | null
  onChange: (entity: EntityRef | null) => void
  /** The kind offered first when the checker creates an entity on the fly. */
  defaultKind?: EntityKind
  description?: string
  /** After a choice, empty the field again (adding subjects one by one). */
  clearOnSelect?: boolean
  errorMessage?: string | undefined
  isDisabled?: boolean
}

/**
 * Finds a person, organisation, outlet or anonymous group by name or alias (GET /entities?q=), or
 * creates it on the spot: the last option is always "Create “what you typed”".
 */
export function EntityComboBox({
  label,
  value,
  onChange,
  defaultKind = 'person',
  description,
  clearOnSelect = false,
  errorMessage,
  isDisabled = false,
}: EntityComboBoxProps) {
  const [input, setInput] = useState(value?.name ?? '')
  const [creating, setCreating] = useState<string | null>(null)
  const query = useDebounced(input.trim(), 200)
  const search = useQuery({
    ...entitySearchQuery(query),
    enabled: query.length > 0,
    placeholderData: keepPreviousData,
  })

  // Another value from outside (a reload, a conflict resolved): show its name.
  useEffect(() => {
    if (!clearOnSelect) setInput(value?.name ?? '')
  }, [value, clearOnSelect])

  // Nothing is offered for an empty field: after a choice that clears it (adding subjects one by
  // one), the list must close rather than show the last search again.
  const found = query.length > 0 && input.trim() !== '' ? (search.data?.items ?? []) : []
  const exact = found.some((e) => e.name.toLowerCase() === input.trim().toLowerCase())
  const items: EntityOption[] = [
    ...found.map((e) => ({ id: e.id, name: e.name, kind: e.kind })),
    ...(input.trim() && !exact ? [{ id: CREATE, name: input.trim(), kind: null }] : []),
  ]

  function select(key: string | number | null) {
    if (key === null) return
    if (key === CREATE) {
      setCreating(input.trim())
      return
    }
    const entity = found.find((e) => e.id === key)
    if (!entity) return
    onChange({ id: entity.id, name: entity.name, kind: entity.kind })
    setInput(clearOnSelect ? '' : entity.name)
  }

  return (
    <div className="entity-picker">
      <ComboBox
        className="field"
        inputValue={input}
        onInputChange={(text) => {
          setInput(text)
          if (!clearOnSelect && value && text.trim() === '') onChange(null)
        }}
        selectedKey={clearOnSelect ? null : (value?.id ?? null)}
        onSelectionChange={select}
        items={items}
        menuTrigger="input"
        allowsCustomValue
        allowsEmptyCollection={input.trim() !== ''}
        isInvalid={Boolean(errorMessage)}
        isDisabled={isDisabled}
      >
        <Label>{label}</Label>
        <div className="combobox-group">
          <Input className="input combobox-input" placeholder="Type a name…" />
        </div>
        {description && (
          <Text slot="description" className="field-description">
            {description}
          </Text>
        )}
        {errorMessage && (
          <Text slot="errorMessage" className="field-error">
            <span role="alert">{errorMessage}</span>
          </Text>
        )}
        <Popover className="popover" placement="bottom start">
          <ListBox<EntityOption>
            className="listbox"
            renderEmptyState={() => (
              <p className="listbox-empty">{search.isFetching ? 'Searching…' : 'Type a name to search'}</p>
            )}
          >
            {(item) => (
              <ListBoxItem
                id={item.id}
                textValue={item.id === CREATE ? `Create “${item.name}”` : item.name}
                className="listbox-item"
              >
                {item.id === CREATE ? (
                  <span>
                    Create <strong>“{item.name}”</strong>
                  </span>
                ) : (
                  <span className="entity-option">
                    <span>{item.name}</span>
                    {item.kind && <span className="muted">{ENTITY_KIND_LABELS[item.kind]}</span>}
                  </span>
                )}
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      {creating !== null && (
        <CreateEntityForm
          name={creating}
          defaultKind={defaultKind}
          onCancel={() => setCreating(null)}
          onCreated={(entity) => {
            setCreating(null)
            onChange(entity)
            setInput(clearOnSelect ? '' : entity.name)
          }}
        />
      )}
    </div>
  )
}

function CreateEntityForm({
  name,
  defaultKind,
  onCancel,
  onCreated,
}: {
  name: string
  defaultKind: EntityKind
  onCancel: () => void
  onCreated: (entity: EntityRef) => void
}) {
  const [kind, setKind] = useState<EntityKind>(defaultKind)
  const create = useCreateEntity()
  const id = useId()
  return (
    // A group, not a <form>: it sits inside the claim form, and forms do not nest.
    <fieldset className="inline-create" aria-labelledby={`${id}-legend`}>
      <legend id={`${id}-legend`}>Create “{name}”</legend>
      <KindSelect value={kind} onChange={setKind} />
      {create.isError && (
        <p className="field-error" role="alert">
          {create.error.message}
        </p>
      )}
      <div className="button-row">
        <Button
          className="button"
          isPending={create.isPending}
          onPress={() =>
            create.mutate(
              { name, kind },
              { onSuccess: (entity) => onCreated({ id: entity.id, name: entity.name, kind: entity.kind }) },
            )
          }
        >
          {create.isPending ? 'Creating…' : `Create ${ENTITY_KIND_LABELS[kind].toLowerCase()}`}
        </Button>
        <Button className="button button-secondary" onPress={onCancel} isDisabled={create.isPending}>
          Cancel
        </Button>
      </div>
    </fieldset>
  )
}

function KindSelect({ value, onChange }: { value: EntityKind; onChange: (kind: EntityKind) => void }) {
  return (
    <ChoiceSelect
      label="Kind of entity"
      value={value}
      options={ENTITY_KINDS}
      labels={ENTITY_KIND_LABELS}
      onChange={onChange}
    />
  )
}

/**
 * Several entities (a claim's subjects): the picker to add one under its label, then the chosen ones
 * as chips with a remove button (none when read-only).
 */
export function EntityListPicker({
  label,
  value,
  onChange,
  defaultKind,
  isDisabled = false,
}: {
  label: string
  value: readonly EntityRef[]
  onChange: (entities: EntityRef[]) => void
  defaultKind?: EntityKind
  isDisabled?: boolean
}) {
  return (
    <div className="entity-list-picker">
      <EntityComboBox
        label={label}
        value={null}
        clearOnSelect
        defaultKind={defaultKind}
        isDisabled={isDisabled}
        onChange={(entity) => {
          if (entity && !value.some((e) => e.id === entity.id)) onChange([...value, entity])
        }}
      />
      {value.length > 0 && (
        <ul className="chips" aria-label={`${label}: chosen`}>
          {value.map((entity) => (
            <li key={entity.id} className="chip">
              {entity.name}
              {!isDisabled && (
                <Button
                  className="chip-remove"
                  aria-label={`Remove ${entity.name}`}
                  onPress={() => onChange(value.filter((e) => e.id !== entity.id))}
                >
                  ×
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
