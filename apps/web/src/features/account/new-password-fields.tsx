import { Input, Label, Text, TextField } from 'react-aria-components'
import { FieldErrorAlert } from '../../ui/field-error-alert.tsx'
import type { FieldErrors } from '../../ui/field-errors.ts'
import { passwordProblem, usePasswordRule } from './password-rule.ts'

const sentence = (message: string) => message.charAt(0).toUpperCase() + message.slice(1)

/**
 * The new password's errors before anything is sent: empty, the shared password rule
 * (packages/core, the one the API applies) with the account's own words, and the repeat.
 */
export async function checkNewPassword(
  newPassword: string,
  repeat: string,
  context: string[],
): Promise<FieldErrors> {
  if (!newPassword) return { newPassword: 'Enter a new password' }
  const problem = await passwordProblem(newPassword, context)
  if (problem) return { newPassword: sentence(problem) }
  if (repeat !== newPassword) return { repeatPassword: 'The two new passwords are not the same' }
  return {}
}

/** "New password" and its repeat, with the rule said up front. */
export function NewPasswordFields({ onChange }: { onChange: (field: string) => void }) {
  usePasswordRule()
  return (
    <>
      <TextField
        name="newPassword"
        type="password"
        autoComplete="new-password"
        isRequired
        className="field"
        onChange={() => onChange('newPassword')}
      >
        <Label>New password</Label>
        <Input className="input" />
        <Text slot="description" className="field-description">
          At least 12 characters and hard to guess: a phrase of unrelated words works well.
        </Text>
        <FieldErrorAlert />
      </TextField>
      <TextField
        name="repeatPassword"
        type="password"
        autoComplete="new-password"
        isRequired
        className="field"
        onChange={() => onChange('repeatPassword')}
      >
        <Label>Repeat the new password</Label>
        <Input className="input" />
        <FieldErrorAlert />
      </TextField>
    </>
  )
}
