import { useCallback, useEffect, useRef, useState } from 'react'
import type { z } from 'zod'
import { ApiRequestError } from '../api/api-client.ts'

/** One message per form field, keyed by the field's name: what react-aria's Form shows inline. */
export type FieldErrors = Record<string, string>

/** The first field of `form` marked invalid (react-aria sets aria-invalid from validationErrors). */
export function firstInvalidField(form: ParentNode | null | undefined): HTMLElement | null {
  return form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? null
}

/**
 * A form's field errors, for react-aria's Form `validationErrors`. A field's error goes as soon as
 * the user edits it: left until the field loses focus, it would vanish as they reach for the submit
 * button, move the button up under the pointer, and swallow the click.
 *
 * A refused submit calls `refuse(errors)`, or `focusFirstInvalid()` after setting them (give the
 * form `ref={formRef}`): once the errors are
 * drawn, the focus goes to the first invalid field, so keyboard and screen reader users land on
 * what to fix (WCAG 3.3.1). Each call focuses again, even when the errors are the same as before.
 */
export function useFieldErrors() {
  const [errors, setErrors] = useState<FieldErrors>({})
  const formRef = useRef<HTMLFormElement>(null)
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    if (attempt > 0) firstInvalidField(formRef.current)?.focus()
  }, [attempt])
  const clear = useCallback(
    (field: string) =>
      setErrors((current) => {
        if (!(field in current)) return current
        const { [field]: _cleared, ...rest } = current
        return rest
      }),
    [],
  )
  const focusFirstInvalid = useCallback(() => setAttempt((n) => n + 1), [])
  /** Shows these errors and focuses the first field they mark: a refused submit. */
  const refuse = useCallback((next: FieldErrors) => {
    setErrors(next)
    setAttempt((n) => n + 1)
  }, [])
  return { errors, setErrors, clear, formRef, focusFirstInvalid, refuse }
}

// Contract messages are written to follow a field name ("password: must be at least 12 characters");
// shown under the field itself they start a sentence.
const sentence = (message: string) => message.charAt(0).toUpperCase() + message.slice(1)

/**
 * Checks form values against the contract's schema, the same one the API validates with. Empty
 * required fields get the form's own words ("Enter your email") rather than the schema's.
 */
export function validateForm<T>(
  schema: z.ZodType<T>,
  values: Record<string, unknown>,
  whenEmpty: Record<string, string> = {},
): { ok: true; data: T } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {}
  for (const [field, message] of Object.entries(whenEmpty)) {
    const value = values[field]
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) errors[field] = message
  }
  const parsed = schema.safeParse(values)
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, data: parsed.data }
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = String(issue.path[0] ?? '')
    if (field && !(field in errors)) errors[field] = sentence(issue.message)
  }
  return { ok: false, errors }
}

/** One field a refusal names and what is wrong with it. */
export interface FieldIssue {
  field: string
  message: string
}

/** The issues a 400 answer lists in `details.issues` (VALIDATION), or none. */
export function validationIssues(details: unknown): FieldIssue[] {
  const issues = (details as { issues?: unknown } | null)?.issues
  if (!Array.isArray(issues)) return []
  return issues.filter((i): i is FieldIssue => typeof i?.field === 'string' && typeof i?.message === 'string')
}

/** The issue a service's own check writes in its message as "field.path: message", or null. */
export function issueInMessage(message: string): FieldIssue | null {
  const match = /^([\w.]+): (.*)$/s.exec(message)
  return match?.[1] && match[2] ? { field: match[1], message: match[2] } : null
}

/**
 * The fields a 400 VALIDATION answer names (`details.issues[].field`, e.g. "body.email"), as form
 * errors. Empty when the error is anything else.
 */
export function fieldErrorsFromApi(error: unknown): FieldErrors {
  // VALIDATION: the schema refused it; INVALID: a service rule did, naming the field the same way.
  if (!(error instanceof ApiRequestError) || (error.code !== 'VALIDATION' && error.code !== 'INVALID'))
    return {}
  const errors: FieldErrors = {}
  for (const { field, message } of validationIssues(error.details)) {
    const name = field.replace(/^body\./, '').split('.')[0] ?? ''
    if (name && !(name in errors)) errors[name] = sentence(message)
  }
  return errors
}
