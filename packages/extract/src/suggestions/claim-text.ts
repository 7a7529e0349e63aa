import type { HedgeSpan } from '../hedges/find-hedges.ts'
import { countBefore } from '../text/sorted-search.ts'
import type { SuggestedEntity } from './suggestion-types.ts'

// How a suggestion words its claim: its kind by telling words, its statement and its headline.
const HEADLINE_MAX = 75
export const OPINION_WORDS =
  /\b(?:I think|I believe|I feel|hope|hopeful|proud|deserve|should|must|wonderful|terrible|love|difficult|sad|happy)\b/iu
export const FUTURE =
  /\b(?:will|would|plans? to|expects? to|expected to|is going to|are going to|intends? to)\b/iu
export const ALLEGATION =
  /\b(?:accused|alleged|allegedly|allegations?|reportedly|charged with|bid-rigging|fraud|interference)\b/iu

export const sentenceCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
export const withPeriod = (s: string) => (/[.!?…"”»]$/u.test(s) ? s : `${s}.`)

export function hedgesIn(hedges: HedgeSpan[], start: number, end: number): HedgeSpan[] {
  const lo = countBefore(hedges, (item) => item.start < start)
  const out: HedgeSpan[] = []
  for (let i = lo; i < hedges.length && (hedges[i] as HedgeSpan).end <= end; i++)
    out.push(hedges[i] as HedgeSpan)
  return out
}

/**
 * A headline is a complete phrase of at most 75 characters, never cut with "…" (it is saved as the
 * claim's headline when accepted): the longest clause that fits, else whole words without a
 * dangling function word.
 */
export function headlineOf(statement: string): string {
  const flat = statement.replace(/\s+/g, ' ').trim()
  if (flat.length <= HEADLINE_MAX) return flat
  const room = flat.slice(0, HEADLINE_MAX + 1)
  let clause = -1
  for (const m of room.matchAll(
    /[,;:]\s|\s[—–]\s|\s(?:and|but|which|who|while|because|after|before|as)\s/gu,
  )) {
    if (m.index >= 30 && m.index <= HEADLINE_MAX) clause = m.index
  }
  let cut = clause !== -1 ? flat.slice(0, clause) : room.slice(0, room.lastIndexOf(' '))
  if (cut.length < 20) cut = flat.slice(0, HEADLINE_MAX)
  return cut
    .replace(/(?:\s+(?:the|a|an|of|to|in|on|at|for|and|or|but|with|by|from|that|its|their|his|her))+$/iu, '')
    .replace(/[\s,;:–—-]+$/u, '')
}

/** "It was reviewing the findings" said by the ministry: the pronoun that opens the content is its speaker. */
export function resolveLeadingPronoun(clean: string, claimant: SuggestedEntity | null): string {
  const m = /^(it|they|he|she)\b/iu.exec(clean)
  if (!m || !claimant?.name || /^(?:it|they|he|she)$/iu.test(claimant.name)) return clean
  const pronoun = (m[1] ?? '').toLowerCase()
  const person = claimant.entityKind === 'person'
  const fits = pronoun === 'it' || pronoun === 'they' ? !person || pronoun === 'they' : person
  return fits ? `${claimant.name}${clean.slice(m[0].length)}` : clean
}
