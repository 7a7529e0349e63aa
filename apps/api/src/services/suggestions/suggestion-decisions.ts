import type {
  ClaimSuggestion,
  SuggestionDecision,
  SuggestionOutcome,
  SuggestionType,
} from '@claimtrail/contracts'
import { appendEvent, schema, type Tx } from '@claimtrail/db'
import { EXTRACTOR_VERSION } from '@claimtrail/extract'
import type { Actor } from '../actor.ts'

const { suggestionDecisions } = schema

/** What a suggestion proposes, each part judged on its own (docs/decisions/017-suggestion-quality-loop.md). */
export function suggestionTypesOf(s: ClaimSuggestion): SuggestionType[] {
  const types: SuggestionType[] = []
  if (s.attribution) types.push('quote')
  if (s.chain.some((h) => h.role === 'relay')) types.push('relay')
  if (s.responses.length > 0) types.push('response')
  if (s.hedges.length > 0) types.push('hedge')
  // The kind of the source the claim rests on: its origin as the text names it.
  if (s.chain.some((h) => h.role === 'origin' && h.mention) || s.claimant?.mention) types.push('source_kind')
  return types
}

type DecisionRow = typeof suggestionDecisions.$inferSelect

export function decisionView(row: DecisionRow): SuggestionDecision {
  return {
    id: row.id,
    articleId: row.articleId,
    articleVersionId: row.articleVersionId,
    suggestionId: row.suggestionId,
    outcome: row.outcome,
    types: row.types as SuggestionType[],
    wrongTypes: row.wrongTypes as SuggestionType[],
    extractorVersion: row.extractorVersion,
    claimId: row.claimId,
    note: row.note,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt.toISOString(),
  }
}

/** Writes one decision and its audit event, inside the caller's transaction. */
export async function recordDecision(
  tx: Tx,
  actor: Actor,
  input: {
    articleId: string
    articleVersionId: string
    suggestion: ClaimSuggestion
    outcome: SuggestionOutcome
    wrongTypes?: SuggestionType[]
    claimId?: string | null
    note?: string | null
  },
): Promise<DecisionRow> {
  const [row] = await tx
    .insert(suggestionDecisions)
    .values({
      articleId: input.articleId,
      articleVersionId: input.articleVersionId,
      suggestionId: input.suggestion.id,
      outcome: input.outcome,
      types: suggestionTypesOf(input.suggestion),
      wrongTypes: input.wrongTypes ?? [],
      extractorVersion: EXTRACTOR_VERSION,
      claimId: input.claimId ?? null,
      note: input.note ?? null,
      decidedBy: actor.id,
    })
    .returning()
  if (!row) throw new Error('suggestion decision insert returned nothing')
  await appendEvent(tx, {
    actorId: actor.id,
    action: input.outcome === 'dismissed' ? 'suggestion.dismissed' : 'suggestion.accepted',
    subjectType: 'suggestion_decision',
    subjectId: row.id,
    claimId: row.claimId,
    after: row,
    requestId: actor.requestId,
  })
  return row
}
