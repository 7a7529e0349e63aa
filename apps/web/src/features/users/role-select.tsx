import { ROLES, type Role } from '@claimtrail/contracts'
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components'
import { ROLE_LABELS } from '../auth/roles.ts'

interface RoleSelectProps {
  /** Shown above the select, or (labelHidden) only to assistive technology. */
  label: string
  labelHidden?: boolean
  name?: string
  value?: Role
  defaultValue?: Role
  onChange?: (role: Role) => void
  isDisabled?: boolean
}

export function RoleSelect({ label, labelHidden = false, onChange, ...props }: RoleSelectProps) {
  return (
    <Select
      {...props}
      className="field select"
      aria-label={labelHidden ? label : undefined}
      onChange={(key) => {
        const role = ROLES.find((r) => r === key)
        if (role) onChange?.(role)
      }}
    >
      {!labelHidden && <Label>{label}</Label>}
      <Button className="select-button">
        <SelectValue />
        <span className="select-arrow" aria-hidden="true">
          ▾
        </span>
      </Button>
      <Popover className="popover" placement="bottom start">
        <ListBox className="listbox">
          {ROLES.map((role) => (
            <ListBoxItem key={role} id={role} className="listbox-item">
              {ROLE_LABELS[role]}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  )
}
