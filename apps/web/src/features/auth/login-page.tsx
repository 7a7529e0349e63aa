import { LoginRequestSchema } from '@claimtrail/contracts'
import { useQuery } from '@tanstack/react-query'
import type { FormEvent } from 'react'
import { Button, Form, Input, Label, TextField } from 'react-aria-components'
import { Navigate, useLocation, useSearchParams } from 'react-router'
import { FieldErrorAlert } from '../../ui/field-error-alert.tsx'
import { fieldErrorsFromApi, useFieldErrors, validateForm } from '../../ui/field-errors.ts'
import { meQueryOptions, useLogin } from './auth-queries.ts'
import { loginErrorMessage } from './login-errors.ts'
import { safeNextPath } from './next-path.ts'
import type { LoginRedirectState } from './session-expiry.ts'

const REASONS: Record<string, string> = {
  SESSION_EXPIRED: 'Your session has expired. Log in again to continue.',
}

export function LoginPage() {
  const [searchParams] = useSearchParams()
  const next = safeNextPath(searchParams.get('next'))
  const reason = (useLocation().state as LoginRedirectState | null)?.reason
  const me = useQuery(meQueryOptions())
  const login = useLogin()
  const {
    errors: fieldErrors,
    setErrors: setFieldErrors,
    clear: clearError,
    formRef,
    refuse,
  } = useFieldErrors()

  // Logged in (just now, or already): on to where the user was going.
  if (me.data?.user) return <Navigate to={next} replace />

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const result = validateForm(
      LoginRequestSchema,
      { email: String(form.get('email') ?? '').trim(), password: String(form.get('password') ?? '') },
      { email: 'Enter your email', password: 'Enter your password' },
    )
    if (!result.ok) {
      login.reset()
      refuse(result.errors)
      return
    }
    setFieldErrors({})
    login.mutate(result.data, {
      onError: (error) => {
        refuse(fieldErrorsFromApi(error))
      },
    })
  }

  const failure = login.isError ? loginErrorMessage(login.error) : null
  const notice = reason ? (REASONS[reason] ?? 'Log in to continue.') : null

  return (
    <section className="page auth-page" aria-labelledby="login-heading">
      <title>Log in · Claimtrail</title>
      <h1 id="login-heading">Log in</h1>
      <p className="muted">For the fact-checking desk. Readers do not need an account.</p>
      {notice && !failure && (
        <p className="notice" role="status">
          {notice}
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
        validationErrors={fieldErrors}
      >
        <TextField
          name="email"
          type="email"
          autoComplete="username"
          isRequired
          className="field"
          onChange={() => clearError('email')}
        >
          <Label>Email</Label>
          <Input className="input" />
          <FieldErrorAlert />
        </TextField>
        <TextField
          name="password"
          type="password"
          autoComplete="current-password"
          isRequired
          className="field"
          onChange={() => clearError('password')}
        >
          <Label>Password</Label>
          <Input className="input" />
          <FieldErrorAlert />
        </TextField>
        <Button type="submit" className="button" isPending={login.isPending}>
          {login.isPending ? 'Logging in…' : 'Log in'}
        </Button>
      </Form>
    </section>
  )
}
