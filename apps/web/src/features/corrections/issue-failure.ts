import { ApiRequestError } from '../../api/api-client.ts'

/** Explains a refused issue: a stale version (reloaded), or the API's words. */
export function failureText(error: unknown, what: string): string {
  if (error instanceof ApiRequestError && error.isConflict)
    return `The claim was changed by someone else since you opened it, so the ${what} was not issued. It has been reloaded: check it, then issue the ${what} again.`
  return `The ${what} was not issued: ${error instanceof Error ? error.message : 'something went wrong'}`
}
