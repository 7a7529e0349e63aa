import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import * as english from '@zxcvbn-ts/language-en'

/** Shortest password accepted: NIST SP 800-63B asks for at least 8; a desk account gets 12. */
export const PASSWORD_MIN_LENGTH = 12
/** Long enough for any passphrase, short enough that hashing it cannot be used to burn CPU. */
export const PASSWORD_MAX_LENGTH = 1024
/**
 * zxcvbn's score (0–4) a password must reach: 3 is "safely unguessable: moderate protection from
 * offline slow-hash scenario" (~10^8 guesses), which argon2id storage is built for.
 */
export const PASSWORD_MIN_SCORE = 3

// NIST SP 800-63B also lists context-specific words: the service's own name first of all.
const SITE_WORDS = ['claimtrail', 'claim', 'trail', 'factcheck']

// One estimator for the process: building its dictionaries (common passwords, English words and
// names) costs ~100 ms, checking a password a few milliseconds.
let estimator: ZxcvbnFactory | undefined
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  })
  return estimator
}

/**
 * Why a new password is refused, or null when it is acceptable. The one rule for the API, the CLI
 * and the web form (NIST SP 800-63B §5.1.1.2: a minimum length and a check against lists of
 * commonly used or compromised values, no composition rules). `context` holds words the password
 * must not lean on: the account's email and name.
 */
export function passwordProblem(password: string, context: readonly string[] = []): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`
  if (password.length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`
  // zxcvbn's matching is quadratic in the length; beyond 100 characters the first 100 decide.
  const inputs = [...SITE_WORDS, ...context]
    .flatMap((c) => [c, ...c.split(/[@.\s_-]+/)])
    .filter((w) => w.length >= 3)
  const result = zxcvbn().check(password.slice(0, 100), inputs)
  if (result.score >= PASSWORD_MIN_SCORE) return null
  const hint = result.feedback.warning ?? result.feedback.suggestions[0]
  return `is too easy to guess${hint ? ` (${hint.replace(/\.$/, '')})` : ''}; use a longer phrase of unrelated words`
}
