import { ROLES, type Role } from '@claimtrail/contracts'
import { ChoiceSelect } from '../../ui/select-field.tsx'
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

export function RoleSelect({ defaultValue, ...props }: RoleSelectProps) {
  return (
    <ChoiceSelect
      {...props}
      {...(defaultValue === undefined ? {} : { defaultSelectedKey: defaultValue })}
      options={ROLES}
      labels={ROLE_LABELS}
    />
  )
}
