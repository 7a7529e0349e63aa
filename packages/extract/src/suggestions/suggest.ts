import { findHedges } from '../hedges/find-hedges.ts'
import { type Attribution, findQuotes } from '../quotes/find-quotes.ts'
import { nameResolver } from '../quotes/resolve-sources.ts'
import { findRelayOutlet } from '../relays/find-relays.ts'
import { findResponses, type ResponseStance } from '../responses/find-responses.ts'
import { analyse } from '../text/document.ts'
import { fromAttribution } from './from-attribution.ts'
import { fromSentences } from './from-sentences.ts'
import { linkResponses, RESPONSE_REACH } from './link-responses.ts'
import type { ClaimSuggestion, Suggestions, SuggestOptions } from './suggestion-types.ts'

export { headlineOf } from './claim-text.ts'
export type {
  ClaimKindName,
  ClaimSuggestion,
  SuggestedEntity,
  SuggestedHop,
  SuggestedResponse,
  Suggestions,
  SuggestOptions,
} from './suggestion-types.ts'

const ANSWERING_STANCES = new Set<ResponseStance>(['denies', 'admits', 'partially_admits', 'confirms'])

/**
 * Everything the extractor suggests for a text. Pure and deterministic; never throws on any string.
 *
 * Cost of each step, n = characters, tested in linear-growth.test.ts:
 * - analyse: tokenize is one regex pass without nested quantifiers over overlapping classes, O(n);
 *   quotation pairing is one left-to-right pass with one open mark at a time, O(n); sentence
 *   splitting one pass with a bounded look-ahead over closing marks, O(n).
 * - findQuotes: each quotation and each cue looks at a bounded window of tokens (≤ 14 back or
 *   forward, never past its sentence, and a cue claims the content up to where it ends so nested
 *   "X said that Y said that" is read once); indexes by sentence and verb keep lookups O(1): O(n).
 *   Pronoun resolution walks back at most REACH characters per attribution and classifies each
 *   distinct mention once: O(n).
 * - findResponses / findHedges: fixed phrases with bounded gaps (global regexes, no backtracking
 *   over a paragraph) and a look-behind window of 120 characters per match: O(n).
 * - claims: one pass over attributions and sentences with binary searches for hedges and
 *   responses (O(n log n) at worst, a bounded walk-back of 12 claims per response).
 */
export function suggest(text: string, options: SuggestOptions = {}): Suggestions {
  const doc = analyse(text)
  const quotes = findQuotes(text, doc)
  const responses = findResponses(text, quotes, nameResolver(doc))
  const hedges = findHedges(text)
  // An answer is a response, not a claim of its own, unless it was given to another outlet ("…,"
  // Whitford said in an interview with the Sentinel): then the chain through that outlet matters too.
  const responseQuote = new Set(
    responses
      .filter((r) => r.attributionIndex !== null && ANSWERING_STANCES.has(r.stance))
      .map((r) => r.attributionIndex)
      .filter((i) => i !== null && !findRelayOutlet(text, quotes[i] as Attribution)),
  )

  const limit = options.maxClaims ?? 500
  const attributed = attributionsInOrder(quotes, responseQuote)
  const stated = fromSentences(text, doc, quotes, hedges, options)
  const { claims, horizon } = firstClaims(attributed, stated, limit, (q) =>
    fromAttribution(text, q, hedges, options),
  )
  linkResponses(
    text,
    claims,
    responses.filter((r) => r.cue.start < horizon),
  )
  return { quotes, responses, hedges, claims: claims.slice(0, limit) }
}

/**
 * Merges attributions and stated sentences in text order. Only the first `limit` claims in text
 * order are returned, so only they (and the claims a response near them could be linked to
 * instead) are built: on 2 MiB of quotations building every claim was most of the time and memory
 * (docs/design.md, "Automatic suggestions"). The horizon is where claims stop being built.
 */
function firstClaims(
  attributed: Attribution[],
  stated: Generator<ClaimSuggestion>,
  limit: number,
  build: (q: Attribution) => ClaimSuggestion,
): { claims: ClaimSuggestion[]; horizon: number } {
  const claims: ClaimSuggestion[] = []
  let horizon = Number.POSITIVE_INFINITY
  let maxEnd = 0
  for (const next of inTextOrder(attributed, stated)) {
    if (next.start >= horizon) break
    const claim = next.quote ? build(next.quote) : (next.sentence as ClaimSuggestion)
    claims.push(claim)
    maxEnd = Math.max(maxEnd, claim.anchor.end)
    if (claims.length === limit) horizon = maxEnd + RESPONSE_REACH
  }
  return { claims, horizon }
}

/** Attributions and stated sentences by where they start, each sentence read only when reached. */
function* inTextOrder(
  attributed: Attribution[],
  stated: Generator<ClaimSuggestion>,
): Generator<{ start: number; quote?: Attribution; sentence?: ClaimSuggestion }> {
  let a = 0
  let next = stated.next()
  for (;;) {
    const q = attributed[a]
    const sentence = next.done ? undefined : next.value
    // Ties go to the attribution, as the stable sort of attributions before sentences did.
    if (q && (!sentence || q.content.start <= sentence.anchor.start)) {
      a++
      yield { start: q.content.start, quote: q }
    } else if (sentence) {
      yield { start: sentence.anchor.start, sentence }
      next = stated.next()
    } else return
  }
}

/**
 * The attributions that become claims, by where their content starts (ties in their own order):
 * not an answer to another claim, and not a short floating quotation.
 */
function attributionsInOrder(quotes: Attribution[], responseQuote: Set<number | null>): Attribution[] {
  const kept: Attribution[] = []
  quotes.forEach((q, i) => {
    if (responseQuote.has(i)) return
    if (q.floating && q.content.text.split(/\s+/).length < 6) return
    kept.push(q)
  })
  // Array.prototype.sort is stable: equal starts keep the extractor's order.
  return kept.sort((x, y) => x.content.start - y.content.start)
}
