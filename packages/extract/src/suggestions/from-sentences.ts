import { scoreCheckWorthiness } from '../checkworthiness/check-worthiness.ts'
import type { HedgeSpan } from '../hedges/find-hedges.ts'
import type { Attribution } from '../quotes/find-quotes.ts'
import { findPublishedBy } from '../relays/find-relays.ts'
import type { analyse } from '../text/document.ts'
import { ALLEGATION, headlineOf, hedgesIn, withPeriod } from './claim-text.ts'
import { entityOf, hopOf, publisherHop, subjectsIn } from './entities.ts'
import type { ClaimKindName, ClaimSuggestion, SuggestedHop, SuggestOptions } from './suggestion-types.ts'

/** Check-worthy sentences that no attribution covers: allegations and facts the article states itself. */
export function* fromSentences(
  text: string,
  doc: ReturnType<typeof analyse>,
  quotes: Attribution[],
  hedges: HedgeSpan[],
  options: SuggestOptions,
): Generator<ClaimSuggestion> {
  let qi = 0
  for (const [si, s] of doc.sentences.entries()) {
    const first = doc.tokens[s.first]
    const last = doc.tokens[s.end - 1]
    if (!first || !last) continue
    if (si === 0 && doc.tokens[s.end]?.kind === 'break' && !/[.!?]$/u.test(last.text)) continue // the title
    while (qi < quotes.length && (quotes[qi] as Attribution).content.end <= first.start) qi++
    if (coveredByQuote(quotes, qi, first.start, last.end)) continue
    const claim = sentenceClaim(text, first.start, last.end, hedges, options)
    if (claim) yield claim
  }
}

function coveredByQuote(quotes: Attribution[], from: number, start: number, end: number): boolean {
  for (let k = from; k < quotes.length; k++) {
    const q = quotes[k] as Attribution
    if (q.content.start >= end) return false
    if (q.content.end > start) return true
  }
  return false
}

function sentenceClaim(
  text: string,
  start: number,
  lastEnd: number,
  hedges: HedgeSpan[],
  options: SuggestOptions,
): ClaimSuggestion | null {
  const threshold = options.sentenceThreshold ?? 0.6
  let end = lastEnd
  if (/[.]$/u.test(text.slice(start, end)) && end - start > 1) end -= 1
  const span = { start, end, text: text.slice(start, end) }
  if (span.text.split(/\s+/).length < 6) return null
  const published = findPublishedBy(text, { start, end })
  const cw = scoreCheckWorthiness(span.text, { relayed: !!published, attributed: !!published })
  if (cw.score < threshold || !(ALLEGATION.test(span.text) || /\d/u.test(span.text) || published)) return null
  const chain: SuggestedHop[] = []
  // "first reported by the Courier, which cited internal figures": the figures, relayed by the Courier.
  if (published?.cited)
    chain.push(hopOf(text, published.cited.source, span.text, 'origin', published.cited.cue, false))
  if (published)
    chain.push(
      hopOf(text, published.source, span.text, published.cited ? 'relay' : 'origin', published.cue, false),
    )
  if (options.publisher) chain.push(publisherHop(options.publisher, chain.length === 0))
  const kind: ClaimKindName = ALLEGATION.test(span.text) || published ? 'allegation' : 'statement_of_fact'
  const claimant = published ? entityOf(text, published.source, span.text) : null
  return {
    id: `s${start}-${end}`,
    anchor: span,
    statement: withPeriod(span.text.trim()),
    headline: headlineOf(span.text.trim()),
    kind,
    checkWorthiness: cw.score,
    reasons: cw.reasons,
    hedges: hedgesIn(hedges, start, end + 1),
    attribution: null,
    claimant,
    subjects: subjectsIn(text, { start, end, text: span.text }, claimant?.name),
    chain,
    responses: [],
  }
}
