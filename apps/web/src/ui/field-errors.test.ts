import { CreateUserSchema, LoginRequestSchema } from '@claimtrail/contracts'
import { describe, expect, it } from 'vitest'
import { ApiRequestError } from '../api/api-client.ts'
import { fieldErrorsFromApi, issueInMessage, validateForm, validationIssues } from './field-errors.ts'

describe('validateForm', () => {
  it('returns the parsed data when the values fit the contract', () => {
    expect(validateForm(LoginRequestSchema, { email: 'a@example.com', password: 'x' })).toEqual({
      ok: true,
      data: { email: 'a@example.com', password: 'x' },
    })
  })

  it('uses the form’s words for empty required fields and the contract’s for the rest', () => {
    const result = validateForm(
      CreateUserSchema,
      { email: 'not-an-email', displayName: ' ', role: 'checker', password: 'short' },
      { email: 'Enter an email', displayName: 'Enter a name', password: 'Enter a password' },
    )
    expect(result).toEqual({
      ok: false,
      errors: {
        email: 'Invalid email address',
        displayName: 'Enter a name',
        // The password's length and strength are core's rule (passwordProblem), checked by the form.
      },
    })
  })

  it('prefers the empty-field message over the schema’s', () => {
    const result = validateForm(
      LoginRequestSchema,
      { email: '', password: '' },
      { email: 'Enter your email' },
    )
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors.email).toBe('Enter your email')
  })
})

describe('fieldErrorsFromApi', () => {
  it('maps the API’s validation issues to field names', () => {
    const error = new ApiRequestError(400, {
      code: 'VALIDATION',
      message: 'body.email: Invalid email address',
      details: {
        issues: [
          { field: 'body.email', message: 'Invalid email address' },
          { field: 'body.password', message: 'must be at least 12 characters' },
          { field: 'body.email', message: 'second message for the same field' },
        ],
      },
    })
    expect(fieldErrorsFromApi(error)).toEqual({
      email: 'Invalid email address',
      password: 'Must be at least 12 characters',
    })
  })

  it('is empty for anything that is not a validation answer', () => {
    expect(fieldErrorsFromApi(new ApiRequestError(409, { code: 'CONFLICT', message: 'x' }))).toEqual({})
    expect(fieldErrorsFromApi(new Error('x'))).toEqual({})
    expect(
      fieldErrorsFromApi(new ApiRequestError(400, { code: 'VALIDATION', message: 'x', details: 'odd' })),
    ).toEqual({})
  })
})

describe('validationIssues', () => {
  it('keeps the listed issues that name a field and say what is wrong', () => {
    const details = {
      issues: [
        { field: 'body.reason', message: 'required' },
        { field: 3, message: 'x' },
        null,
        { field: 'a' },
      ],
    }
    expect(validationIssues(details)).toEqual([{ field: 'body.reason', message: 'required' }])
  })

  it('is empty without a list', () => {
    expect(validationIssues(null)).toEqual([])
    expect(validationIssues(undefined)).toEqual([])
    expect(validationIssues({ issues: 'no' })).toEqual([])
  })
})

describe('issueInMessage', () => {
  it('reads "field.path: message" (multi-line messages included)', () => {
    expect(issueInMessage('ratings.1.label: too long\nreally')).toEqual({
      field: 'ratings.1.label',
      message: 'too long\nreally',
    })
  })

  it('is null for a message naming no field', () => {
    expect(issueInMessage('Something went wrong')).toBeNull()
    expect(issueInMessage('reason: ')).toBeNull()
  })
})
