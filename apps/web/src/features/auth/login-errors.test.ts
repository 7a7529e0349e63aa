import { describe, expect, it } from 'vitest'
import { ApiRequestError, parseRetryAfter } from '../../api/api-client.ts'
import { formatWait, loginErrorMessage } from './login-errors.ts'

describe('formatWait', () => {
  it('says seconds under a minute and rounds minutes up', () => {
    expect(formatWait(1)).toBe('1 second')
    expect(formatWait(0)).toBe('1 second')
    expect(formatWait(45)).toBe('45 seconds')
    expect(formatWait(60)).toBe('1 minute')
    expect(formatWait(61)).toBe('2 minutes')
    expect(formatWait(14 * 60 + 1)).toBe('15 minutes')
  })
})

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120')).toBe(120)
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:02:00 GMT', now)).toBe(120)
    expect(parseRetryAfter(null)).toBeNull()
    expect(parseRetryAfter('soon')).toBeNull()
  })
})

describe('loginErrorMessage', () => {
  it('says the credentials are wrong without saying which', () => {
    const error = new ApiRequestError(401, { code: 'INVALID_CREDENTIALS', message: 'whatever' })
    expect(loginErrorMessage(error)).toBe('Email or password is incorrect')
  })

  it('gives the wait from Retry-After when rate limited', () => {
    const error = new ApiRequestError(429, { code: 'TOO_MANY_ATTEMPTS', message: 'Too many' }, 600)
    expect(loginErrorMessage(error)).toBe('Too many login attempts. Try again in 10 minutes.')
    const noHeader = new ApiRequestError(429, { code: 'TOO_MANY_ATTEMPTS', message: 'Too many; wait' })
    expect(loginErrorMessage(noHeader)).toBe('Too many; wait')
  })

  it('leaves validation to the fields and passes other messages through', () => {
    expect(loginErrorMessage(new ApiRequestError(400, { code: 'VALIDATION', message: 'x' }))).toBeNull()
    expect(loginErrorMessage(new ApiRequestError(0, { code: 'NETWORK_ERROR', message: 'offline' }))).toBe(
      'offline',
    )
  })
})
