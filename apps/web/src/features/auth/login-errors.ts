import { ApiRequestError } from '../../api/api-client.ts'

/** A wait in words: "45 seconds", "1 minute", "14 minutes", rounded up so the user is not early. */
export function formatWait(seconds: number): string {
  if (seconds < 60) {
    const s = Math.max(1, Math.ceil(seconds))
    return `${s} ${s === 1 ? 'second' : 'seconds'}`
  }
  const minutes = Math.ceil(seconds / 60)
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`
}

/**
 * What the login form says about a failed attempt. Null for a validation answer: those are shown
 * on the fields themselves.
 */
export function loginErrorMessage(error: unknown): string | null {
  if (!(error instanceof ApiRequestError)) return 'Something unexpected happened. Try again.'
  switch (error.code) {
    case 'INVALID_CREDENTIALS':
      return 'Email or password is incorrect'
    case 'TOO_MANY_ATTEMPTS':
      return error.retryAfterSeconds === null
        ? error.message
        : `Too many login attempts. Try again in ${formatWait(error.retryAfterSeconds)}.`
    case 'VALIDATION':
      return null
    default:
      return error.message
  }
}
