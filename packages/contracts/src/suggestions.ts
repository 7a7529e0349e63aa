import { z } from 'zod'
import { CLAIM_KINDS, ENTITY_KINDS, HOP_ACCESS, HOP_ROLES, RESPONSE_STANCES } from './enums.ts'
import { TEXT_LIMITS } from './limits.ts'

// Automatic suggestions (docs/design.md): candidate claims with their attribution, relays, responses,
// hedges and check-worthiness, computed from an article version's text by @claimtrail/extract.
// Nothing suggested becomes a claim until a checker accepts it.

/** A span of the article version's text: UTF-16 offsets, end exclusive, and the words there. */
export const TextSpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
})
export type TextSpan = z.infer<typeof TextSpanSchema>

export const SOURCE_TYPES = [
  'person',
  'organisation',
  'government_body',
  'outlet',
  'document',
  'anonymous',
] as const

export const SuggestedEntitySchema = z.object({
  name: z
    .string()
    .meta({ description: 'The name the entity is found (name or alias, any case) or created by' }),
  mention: TextSpanSchema.nullable().meta({
    description: 'Where the text names it, as written (may be a pronoun)',
  }),
  sourceType: z.enum(SOURCE_TYPES),
  entityKind: z.enum(ENTITY_KINDS),
  named: z.boolean(),
})
export type SuggestedEntity = z.infer<typeof SuggestedEntitySchema>

export const SuggestedHopSchema = SuggestedEntitySchema.extend({
  role: z.enum(HOP_ROLES),
  onRecord: z.boolean(),
  access: z.enum(HOP_ACCESS),
  anonymityReasonGiven: z.boolean(),
  cue: TextSpanSchema.nullable(),
})
export type SuggestedHop = z.infer<typeof SuggestedHopSchema>

export const SuggestedResponseSchema = z.object({
  responder: SuggestedEntitySchema,
  stance: z.enum(RESPONSE_STANCES),
  words: TextSpanSchema,
  cue: TextSpanSchema,
})
export type SuggestedResponse = z.infer<typeof SuggestedResponseSchema>

export const ClaimSuggestionSchema = z.object({
  id: z.string().meta({ description: 'Stable for a given article version (derived from the anchor)' }),
  anchor: TextSpanSchema,
  statement: z.string(),
  headline: z.string().max(TEXT_LIMITS.headline),
  kind: z.enum(CLAIM_KINDS),
  checkWorthiness: z.number().min(0).max(1),
  reasons: z.array(z.string()),
  hedges: z.array(TextSpanSchema),
  attribution: z
    .object({
      type: z.enum(['direct', 'indirect', 'mixed']),
      floating: z.boolean(),
      source: TextSpanSchema.nullable(),
      resolvedSource: TextSpanSchema.nullable(),
      cue: TextSpanSchema.nullable(),
      content: TextSpanSchema,
    })
    .nullable(),
  claimant: SuggestedEntitySchema.nullable(),
  subjects: z.array(SuggestedEntitySchema),
  chain: z.array(SuggestedHopSchema).meta({ description: 'Origin first, then relays, then the publisher' }),
  responses: z.array(SuggestedResponseSchema),
})
export type ClaimSuggestion = z.infer<typeof ClaimSuggestionSchema>

/** Options of a computation: a floor on check-worthiness hides colour and opinion. */
export const ComputeSuggestionsSchema = z.strictObject({
  minCheckWorthiness: z.number().min(0).max(1).optional(),
})
export type ComputeSuggestions = z.infer<typeof ComputeSuggestionsSchema>

export const ArticleSuggestionsSchema = z.object({
  articleId: z.uuid(),
  articleVersionId: z.uuid(),
  versionNumber: z.number().int().positive(),
  extractorVersion: z.string(),
  dismissed: z
    .number()
    .int()
    .nonnegative()
    .meta({ description: 'Suggestions of this version a checker dismissed: no longer offered' }),
  suggestions: z.array(ClaimSuggestionSchema),
})
export type ArticleSuggestions = z.infer<typeof ArticleSuggestionsSchema>

/**
 * Accepting one suggestion: the server recomputes the suggestions of that version and takes the
 * one with this id, so chains and responses come from the text, not from the client. The checker
 * may edit the statement, headline and kind first.
 */
export const AcceptSuggestionSchema = z.strictObject({
  articleVersionId: z.uuid(),
  suggestionId: z.string().min(1).max(100),
  statement: z.string().trim().min(1).max(TEXT_LIMITS.statement).optional(),
  headline: z.string().trim().min(1).max(TEXT_LIMITS.headline).optional(),
  kind: z.enum(CLAIM_KINDS).optional(),
})
export type AcceptSuggestion = z.infer<typeof AcceptSuggestionSchema>

/** What a suggestion proposes, each judged on its own on the dashboard (docs/design.md, "Suggestions"). */
export const SUGGESTION_TYPES = ['quote', 'relay', 'response', 'hedge', 'source_kind'] as const
export type SuggestionType = (typeof SUGGESTION_TYPES)[number]

export const SUGGESTION_OUTCOMES = ['accepted', 'accepted_edited', 'dismissed'] as const
export type SuggestionOutcome = (typeof SUGGESTION_OUTCOMES)[number]

/**
 * Dismissing one suggestion: recorded for every checker (the suggestion is no longer offered on this
 * article version). `wrong` names what was wrong with it; without it, everything it proposed was.
 */
export const DismissSuggestionSchema = z.strictObject({
  articleVersionId: z.uuid(),
  suggestionId: z.string().min(1).max(100),
  wrong: z.array(z.enum(SUGGESTION_TYPES)).min(1).max(SUGGESTION_TYPES.length).optional().meta({
    description: 'The parts that were wrong (each must be one the suggestion proposed); default: all',
  }),
  note: z.string().trim().min(1).max(500).optional(),
})
export type DismissSuggestion = z.infer<typeof DismissSuggestionSchema>

/** One checker's decision on one suggestion, with the extractor version that made it. */
export const SuggestionDecisionSchema = z.object({
  id: z.uuid(),
  articleId: z.uuid(),
  articleVersionId: z.uuid(),
  suggestionId: z.string(),
  outcome: z.enum(SUGGESTION_OUTCOMES),
  types: z.array(z.enum(SUGGESTION_TYPES)).meta({ description: 'What the suggestion proposed' }),
  wrongTypes: z.array(z.enum(SUGGESTION_TYPES)).meta({ description: 'What the checker found wrong' }),
  extractorVersion: z.string(),
  claimId: z.uuid().nullable(),
  note: z.string().nullable(),
  decidedBy: z.uuid().nullable(),
  decidedAt: z.string(),
})
export type SuggestionDecision = z.infer<typeof SuggestionDecisionSchema>
