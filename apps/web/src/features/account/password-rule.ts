import { useEffect } from 'react'

type PasswordRule = typeof import('@claimtrail/core/passwords')

let loading: Promise<PasswordRule> | undefined

/**
 * The desk's password rule (packages/core, the one the API applies), loaded on demand: its
 * dictionaries are ~1.6 MB of script that no page should download and run before a password form
 * is on screen (the Users page, even refused to an editor, used to wait for it).
 */
export function loadPasswordRule(): Promise<PasswordRule> {
  loading ??= import('@claimtrail/core/passwords').catch((error: unknown) => {
    loading = undefined // a failed download is tried again next time
    throw error
  })
  return loading
}

/**
 * What the rule says of a password, or null when it holds — or when the rule could not be loaded:
 * the API checks it again, so a form is never blocked by a failed download.
 */
export async function passwordProblem(password: string, context: string[]): Promise<string | null> {
  try {
    return (await loadPasswordRule()).passwordProblem(password, context)
  } catch {
    return null
  }
}

/** Starts loading the rule as a password form appears, so checking it on submit does not wait. */
export function usePasswordRule() {
  useEffect(() => {
    void loadPasswordRule().catch(() => undefined)
  }, [])
}
