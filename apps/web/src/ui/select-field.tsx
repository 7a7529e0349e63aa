import type { ReactNode } from 'react'
import {
  Button,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  type SelectProps,
  SelectValue,
  Text,
} from 'react-aria-components'
import { FieldErrorAlert } from './field-error-alert.tsx'

/** One choice of a select: its key, its words, and an optional line under them. */
export interface SelectOption {
  id: string
  label: string
  description?: string | null
}

export interface SelectFieldProps extends Omit<SelectProps<SelectOption>, 'children' | 'className'> {
  label: string
  /** The label is given to assistive technology only (a select in a table row). */
  labelHidden?: boolean
  /** Shown while nothing is chosen. */
  placeholder?: string
  /** A line under the field (aria-describedby). */
  description?: ReactNode
  options: readonly SelectOption[]
}

/**
 * Every select of the app: react-aria's Select (keyboard, typeahead, screen-reader announcements)
 * with its label, its error under it and one look, so each form only says what to choose from.
 */
export function SelectField({
  label,
  labelHidden = false,
  placeholder,
  description,
  options,
  ...props
}: SelectFieldProps) {
  return (
    <Select {...props} className="field select" aria-label={labelHidden ? label : undefined}>
      {!labelHidden && <Label>{label}</Label>}
      <Button className="select-button">
        {placeholder === undefined ? (
          <SelectValue />
        ) : (
          // selectedText is '' (not null) while nothing is chosen: ask isPlaceholder.
          <SelectValue>
            {({ isPlaceholder, selectedText }) => (isPlaceholder ? placeholder : selectedText)}
          </SelectValue>
        )}
        <span className="select-arrow" aria-hidden="true">
          ▾
        </span>
      </Button>
      {description && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
      <FieldErrorAlert />
      <Popover className="popover" placement="bottom start">
        <ListBox className="listbox" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} className="listbox-item" textValue={option.label}>
              {option.description ? (
                <>
                  <Text slot="label">{option.label}</Text>
                  <Text slot="description" className="muted">
                    {option.description}
                  </Text>
                </>
              ) : (
                option.label
              )}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  )
}

export interface ChoiceSelectProps<T extends string>
  extends Omit<
    SelectFieldProps,
    'options' | 'selectedKey' | 'onSelectionChange' | 'value' | 'defaultValue' | 'onChange'
  > {
  options: readonly T[]
  labels: Record<T, string>
  value?: T | null
  onChange?: (value: T) => void
}

/** A select over a fixed set of codes (an enum of the contracts), each shown by its label. */
export function ChoiceSelect<T extends string>({
  options,
  labels,
  value,
  onChange,
  ...props
}: ChoiceSelectProps<T>) {
  return (
    <SelectField
      {...props}
      {...(value === undefined ? {} : { selectedKey: value })}
      options={options.map((id) => ({ id, label: labels[id] }))}
      onSelectionChange={(key) => {
        const chosen = options.find((o) => o === key)
        if (chosen !== undefined) onChange?.(chosen)
      }}
    />
  )
}
