import { scoreCheckWorthiness } from '../checkworthiness/check-worthiness.ts'
import type { HedgeSpan } from '../hedges/find-hedges.ts'
import type { Attribution, TextSpan } from '../quotes/find-quotes.ts'
import { findCitedSource, findRelayOutlet } from '../relays/find-relays.ts'
import {
  ALLEGATION,
  FUTURE,
  headlineOf,
  hedgesIn,
  OPINION_WORDS,
  resolveLeadingPronoun,
  sentenceCase,
  withPeriod,
} from './claim-text.ts'
import { entityOf, hopOf, publisherHop, subjectsIn } from './entities.ts'
import type { ClaimKindName, ClaimSuggestion, SuggestedHop, SuggestOptions } from './suggestion-types.ts'

/** The claim an attribution suggests: what its source said, with the chain of who passed it on. */
export function fromAttribution(
  text: string,
  q: Attribution,
  hedges: HedgeSpan[],
  options: SuggestOptions,
): ClaimSuggestion {
  const context = text.slice(q.sentence.start, q.sentence.end)
  const sourceMention = q.resolvedSource ?? q.source
  const chain = sourceMention ? chainOf(text, q, sourceMention, context) : []
  if (options.publisher) chain.push(publisherHop(options.publisher, chain.length === 0))
  const claimant = sourceMention ? entityOf(text, sourceMention, context) : null
  const anonymousOrigin = chain[0]?.sourceType === 'anonymous'
  const relayed = chain.some((h) => h.role === 'relay') || claimant?.sourceType === 'outlet'
  const cw = scoreCheckWorthiness(q.content.text, {
    attributed: !!q.source,
    anonymousSource: anonymousOrigin,
    relayed,
  })
  const clean = q.content.text.replace(/^that\s+/iu, '').trim()
  const kind = kindOf(q, clean, anonymousOrigin || relayed)
  const who = claimant?.name ?? 'Unattributed'
  const content = q.type === 'direct' ? clean : resolveLeadingPronoun(clean, claimant)
  const statement =
    q.type === 'direct'
      ? withPeriod(`${who} ${q.cue?.text ?? 'said'}: ${clean}`)
      : withPeriod(sentenceCase(content))
  return {
    id: `q${q.content.start}-${q.content.end}`,
    anchor: q.content,
    statement,
    headline: headlineOf(
      q.type === 'direct' ? `${who}: ${clean.replace(/^["“«]|["”»]$/gu, '')}` : sentenceCase(content),
    ),
    kind,
    checkWorthiness: cw.score,
    reasons: cw.reasons,
    hedges: hedgesIn(hedges, q.sentence.start, q.sentence.end),
    attribution: {
      type: q.type,
      floating: q.floating,
      source: q.source,
      resolvedSource: q.resolvedSource,
      cue: q.cue,
      content: q.content,
    },
    claimant,
    subjects: subjectsIn(text, q.content, claimant?.name),
    chain,
    responses: [],
  }
}

/** Origin first, then the relay: a cited source, an outlet the source spoke to, or the source alone. */
function chainOf(text: string, q: Attribution, sourceMention: TextSpan, context: string): SuggestedHop[] {
  const cited = findCitedSource(text, q)
  if (cited) {
    return [
      hopOf(text, cited.source, context, 'origin', cited.cue, false),
      hopOf(text, sourceMention, context, 'relay', q.cue, false),
    ]
  }
  const relayOutlet = findRelayOutlet(text, q)
  if (relayOutlet) {
    // The source spoke to another outlet, which the publisher relays in turn.
    const origin = relayOutlet.origin === q.source ? sourceMention : relayOutlet.origin
    // findRelayOutlet names only newsrooms, some by where the text puts them ("told the Financial
    // Ledger"), so the relay is an outlet whatever its bare name would be classed as.
    const relay = hopOf(text, relayOutlet.relay, context, 'relay', relayOutlet.cue, false)
    return [
      hopOf(text, origin, context, 'origin', q.cue, q.type === 'direct'),
      { ...relay, sourceType: 'outlet', entityKind: 'outlet' },
    ]
  }
  // A source that is itself an outlet reporting others' words is the origin as far as the text says.
  return [hopOf(text, sourceMention, context, 'origin', q.cue, q.type === 'direct')]
}

function kindOf(q: Attribution, clean: string, secondHand: boolean): ClaimKindName {
  if (secondHand || ALLEGATION.test(q.content.text)) return 'allegation'
  if (q.type === 'direct') return OPINION_WORDS.test(q.content.text) ? 'opinion' : 'quotation'
  if (FUTURE.test(clean) && !/\b(?:was|were|had|did)\b/iu.test(clean)) return 'prediction'
  return 'statement_of_fact'
}
