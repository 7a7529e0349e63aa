import type { HedgeSpan } from '../hedges/find-hedges.ts'
import type { Attribution, QuoteType, TextSpan } from '../quotes/find-quotes.ts'
import type { ResponseMention, ResponseStance } from '../responses/find-responses.ts'
import type { SourceType } from '../sources/source-type.ts'
import type { EntityKindName } from './entity-names.ts'

export type ClaimKindName = 'allegation' | 'statement_of_fact' | 'quotation' | 'prediction' | 'opinion'

/** A person, outlet, organisation or anonymous group, as the text names it. */
export interface SuggestedEntity {
  /** The name to find or create the entity by ("Han Dong" for "Dong", "he" resolved). */
  name: string
  /** Where the text names it (the mention as written, possibly a pronoun). */
  mention: TextSpan | null
  sourceType: SourceType
  entityKind: EntityKindName
  named: boolean
}

/** One hop of an attribution chain, origin first (docs/design.md: origin, relay, publisher). */
export interface SuggestedHop extends SuggestedEntity {
  role: 'origin' | 'relay' | 'publisher'
  onRecord: boolean
  access: 'direct' | 'second_hand' | 'unknown'
  anonymityReasonGiven: boolean
  cue: TextSpan | null
}

export interface SuggestedResponse {
  responder: SuggestedEntity
  stance: ResponseStance
  words: TextSpan
  cue: TextSpan
}

/** A candidate claim: nothing becomes a claim until a checker accepts it. */
export interface ClaimSuggestion {
  /** Stable for a given text: derived from the anchor. */
  id: string
  anchor: TextSpan
  statement: string
  headline: string
  kind: ClaimKindName
  checkWorthiness: number
  reasons: string[]
  hedges: HedgeSpan[]
  attribution: {
    type: QuoteType
    floating: boolean
    source: TextSpan | null
    resolvedSource: TextSpan | null
    cue: TextSpan | null
    content: TextSpan
  } | null
  claimant: SuggestedEntity | null
  subjects: SuggestedEntity[]
  chain: SuggestedHop[]
  responses: SuggestedResponse[]
}

export interface Suggestions {
  quotes: Attribution[]
  responses: ResponseMention[]
  hedges: HedgeSpan[]
  claims: ClaimSuggestion[]
}

export interface SuggestOptions {
  /** The outlet that published the text: the last hop of every chain. */
  publisher?: string
  /** Sentences without attribution become suggestions from this check-worthiness on. */
  sentenceThreshold?: number
  maxClaims?: number
}
