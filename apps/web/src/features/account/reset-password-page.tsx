import type { FormEvent } from 'react'
import { Button, Form } from 'react-aria-components'
import { Link, useLocation } from 'react-router'
import { ApiRequestError } from '../../api/api-client.ts'
import { fieldErrorsFromApi, useFieldErrors } from '../../ui/field-errors.ts'
import { LOGIN_PATH } from '../auth/next-path.ts'
import { checkNewPassword, NewPasswordFields } from './new-password-fields.tsx'
import { useRedeemPasswordReset } from './password-queries.ts'

/**
 * Where an admin's reset link leads: `/reset-password#CODE`. The code travels in the fragment, so
 * it never reaches a server log or a Referer header; the page sends it with the new password.
 */
export function ResetPasswordPage() {
  const code = useLocation().hash.slice(1)
  const redeem = useRedeemPasswordReset()
  const { errors, setErrors, clear, formRef, refuse } = useFieldErrors()

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const text = (name: string) => String(form.get(name) ?? '')
    const found = await checkNewPassword(text('newPassword'), text('repeatPassword'), [])
    if (Object.keys(found).length > 0) return refuse(found)
    setErrors({})
    redeem.mutate(
      { code, newPassword: text('newPassword') },
      { onError: (error) => refuse(fieldErrorsFromApi(error)) },
    )
  }

  const codeProblem =
    !code || (redeem.error instanceof ApiRequestError && /^body\.code|^code/.test(redeem.error.message))
  const failure =
    redeem.isError && !(redeem.error instanceof ApiRequestError && redeem.error.code === 'INVALID')
      ? redeem.error.message
      : null

  return (
    <section className="page auth-page" aria-labelledby="reset-heading">
      <title>Set a new password · Claimtrail</title>
      <h1 id="reset-heading">Set a new password</h1>
      {redeem.isSuccess ? (
        <p className="notice" role="status">
          Your password has been set. <Link to={LOGIN_PATH}>Log in</Link> with it.
        </p>
      ) : codeProblem ? (
        <p className="form-alert" role="alert">
          This reset link is unknown, used or expired. Ask an admin for a new one.
        </p>
      ) : (
        <>
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
            <NewPasswordFields onChange={clear} />
            <Button type="submit" className="button" isPending={redeem.isPending}>
              {redeem.isPending ? 'Saving…' : 'Set password'}
            </Button>
          </Form>
        </>
      )}
    </section>
  )
}
