import type { ResponseMention } from '../responses/find-responses.ts'
import { classifySource } from '../sources/source-type.ts'
import { countBefore } from '../text/sorted-search.ts'
import { entityOf, namesOf } from './entities.ts'
import { canonicalName } from './entity-names.ts'
import type { ClaimSuggestion } from './suggestion-types.ts'

/** How far back (characters from a claim's end) a response looks for the claim it answers. */
export const RESPONSE_REACH = 1200

/**
 * Each response goes to the claim it answers: a claim in its own sentence, else the nearest claim
 * before it that names the responder, else the nearest allegation before it.
 */
export function linkResponses(text: string, claims: ClaimSuggestion[], responses: ResponseMention[]): void {
  for (const r of responses) {
    const mention = r.resolvedResponder ?? r.responder
    if (!mention) continue
    const cls = classifySource(mention.text)
    const name = canonicalName(mention.text, cls.type, namesOf(text))
    const surname = name.split(/\s+/).at(-1) ?? name
    const at = r.cue.start
    const target = answeredClaim(text, claimsBefore(claims, at), at, surname)
    if (!target) continue
    if (
      target.claimant &&
      target.claimant.name === name &&
      r.stance !== 'declines_to_comment' &&
      r.stance !== 'did_not_respond'
    ) {
      // A source does not answer its own claim.
      continue
    }
    target.responses.push({
      responder: { ...entityOf(text, mention, text.slice(Math.max(0, at - 200), at)), name },
      stance: r.stance,
      words: r.words,
      cue: r.cue,
    })
  }
}

/** The claims (at most 12, in text order) that start before `at` and end within RESPONSE_REACH of it. */
function claimsBefore(claims: ClaimSuggestion[], at: number): ClaimSuggestion[] {
  // Claims are in text order: binary search, then walk back over the nearby ones only.
  const lo = countBefore(claims, (item) => item.anchor.start < at)
  const before: ClaimSuggestion[] = []
  for (let k = lo - 1; k >= 0 && before.length < 12; k--) {
    const c = claims[k] as ClaimSuggestion
    if (at - c.anchor.end >= RESPONSE_REACH) break
    before.unshift(c)
  }
  return before
}

/** Of the claims before a response at `at`: the last in its sentence, naming the responder, or alleging. */
function answeredClaim(
  text: string,
  before: ClaimSuggestion[],
  at: number,
  surname: string,
): ClaimSuggestion | null {
  const sameSentence = before.filter(
    (c) => !/[.!?]["”»]?\s/u.test(text.slice(c.anchor.end, at)) || c.anchor.end >= at,
  )
  const naming = before.filter((c) =>
    new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u').test(c.anchor.text),
  )
  return sameSentence.at(-1) ?? naming.at(-1) ?? before.filter((c) => c.kind === 'allegation').at(-1) ?? null
}
