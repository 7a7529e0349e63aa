import { useQuery } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { Button, Form, Input, Label, TextField } from 'react-aria-components'
import { ApiRequestError } from '../../api/api-client.ts'
import { FieldErrorAlert } from '../../ui/field-error-alert.tsx'
import { type FieldErrors, fieldErrorsFromApi, useFieldErrors } from '../../ui/field-errors.ts'
import { meQueryOptions } from '../auth/auth-queries.ts'
import { checkNewPassword, NewPasswordFields } from './new-password-fields.tsx'
import { useChangePassword } from './password-queries.ts'

/** The signed-in user changes their password; their other sessions end (docs/design.md, Accounts). */
export function ChangePasswordPage() {
  const me = useQuery(meQueryOptions())
  const change = useChangePassword()
  const { errors, setErrors, clear, formRef, refuse } = useFieldErrors()
  const [done, setDone] = useState(false)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setDone(false)
    const form = new FormData(event.currentTarget)
    const text = (name: string) => String(form.get(name) ?? '')
    const user = me.data?.user
    const found: FieldErrors = text('currentPassword')
      ? {}
      : { currentPassword: 'Enter your current password' }
    Object.assign(
      found,
      await checkNewPassword(
        text('newPassword'),
        text('repeatPassword'),
        user ? [user.email, user.displayName] : [],
      ),
    )
    if (Object.keys(found).length > 0) return refuse(found)
    setErrors({})
    change.mutate(
      { currentPassword: text('currentPassword'), newPassword: text('newPassword') },
      {
        onSuccess: () => {
          formRef.current?.reset()
          setDone(true)
        },
        onError: (error) => refuse(fieldErrorsFromApi(error)),
      },
    )
  }

  const failure =
    change.isError && !(change.error instanceof ApiRequestError && change.error.code === 'INVALID')
      ? change.error.message
      : null

  return (
    <section className="page auth-page" aria-labelledby="password-heading">
      <title>Change password · Claimtrail</title>
      <h1 id="password-heading">Change password</h1>
      <p className="muted">You stay logged in here; your sessions on other devices end.</p>
      {done && (
        <p className="notice" role="status">
          Your password has been changed.
        </p>
      )}
      {failure && (
        <div className="form-alert" role="alert">
          {failure}
        </div>
      )}
      <Form
        ref={formRef}
        className="form"
        onSubmit={submit}
        validationBehavior="aria"
        validationErrors={errors}
      >
        <TextField
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          isRequired
          className="field"
          onChange={() => clear('currentPassword')}
        >
          <Label>Current password</Label>
          <Input className="input" />
          <FieldErrorAlert />
        </TextField>
        <NewPasswordFields onChange={clear} />
        <Button type="submit" className="button" isPending={change.isPending}>
          {change.isPending ? 'Changing…' : 'Change password'}
        </Button>
      </Form>
    </section>
  )
}
