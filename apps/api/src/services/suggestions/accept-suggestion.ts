import type { AcceptSuggestion, ClaimDetail, ClaimSuggestion, SuggestedEntity } from '@claimtrail/contracts'
import { appendEvent, schema, type Tx } from '@claimtrail/db'
import { and, isNull, sql } from 'drizzle-orm'
import { NotFoundError } from '../../errors.ts'
import type { Actor } from '../actor.ts'
import { insertClaim } from '../claims/claim-insert.ts'
import { loadClaimDetail } from '../claims/claim-view.ts'
import { syncComputedGrade } from '../claims/grade-sync.ts'
import { assertEntities } from '../claims/references.ts'
import { anchorColumns, selectionIn } from '../claims/selection.ts'
import { recordDecision } from './suggestion-decisions.ts'

const { attributionChains, chainHops, entities, responses } = schema

/** The entity id of a suggested name, found or created once per acceptance. */
type IdOf = (e: Pick<SuggestedEntity, 'name' | 'entityKind'>) => Promise<string>

interface Acceptance {
  articleId: string
  article: { outletId: string | null }
  version: { id: string }
  /** The version's text, read before the transaction (a version never changes). */
  body: string
  suggestion: ClaimSuggestion
  input: AcceptSuggestion
}

/**
 * A suggestion becomes a claim, inside the caller's transaction (which has re-checked the version):
 * the claim, its attribution chain and responses with their events, entities found or created by
 * name, and the decision for the quality loop (ADR 017).
 */
export async function acceptSuggestion(
  tx: Tx,
  actor: Actor,
  { articleId, article, version, body, suggestion, input }: Acceptance,
): Promise<ClaimDetail> {
  const selector = selectionIn(body, suggestion.anchor.start, suggestion.anchor.end, suggestion.anchor.text)
  const idOf = entityResolver(tx, actor)
  const claimantId = suggestion.claimant ? await idOf(suggestion.claimant) : null
  // One query at a time: a transaction is one connection.
  const subjectIds: string[] = []
  for (const subject of suggestion.subjects) subjectIds.push(await idOf(subject))
  await assertEntities(tx, 'subjectIds', subjectIds)

  const row = await insertClaim(
    tx,
    actor,
    {
      articleId,
      articleVersionId: version.id,
      ...anchorColumns(selector),
      statement: input.statement ?? suggestion.statement,
      headline: input.headline ?? suggestion.headline,
      kind: input.kind ?? suggestion.kind,
      claimantId,
      hedges: [...new Set(suggestion.hedges.map((h) => h.text))].slice(0, 20),
    },
    subjectIds,
    { fromSuggestion: suggestion.id },
  )

  if (suggestion.chain.length > 0)
    await insertChain(tx, actor, { claimId: row.id, suggestion, article, idOf })
  for (const r of suggestion.responses) await insertResponse(tx, actor, row.id, r, idOf)

  await recordDecision(tx, actor, {
    articleId,
    articleVersionId: version.id,
    suggestion,
    outcome: isEdited(input, suggestion) ? 'accepted_edited' : 'accepted',
    claimId: row.id,
  })

  const detail = await loadClaimDetail(tx, row.id, actor.role)
  if (!detail) throw new NotFoundError('Claim')
  return syncComputedGrade(tx, detail)
}

/** The quality loop (ADR 017): an edit to what the claim says or is counts as "accepted after edits". */
function isEdited(input: AcceptSuggestion, suggestion: ClaimSuggestion): boolean {
  return (
    (input.statement !== undefined && input.statement !== suggestion.statement) ||
    (input.headline !== undefined && input.headline !== suggestion.headline) ||
    (input.kind !== undefined && input.kind !== suggestion.kind)
  )
}

/** Names seen in this acceptance, ignoring case, resolve to the same entity. */
function entityResolver(tx: Tx, actor: Actor): IdOf {
  const ids = new Map<string, string>()
  return async (e) => {
    const key = e.name.toLowerCase()
    const known = ids.get(key)
    if (known) return known
    const id = await entityFor(tx, actor, e)
    ids.set(key, id)
    return id
  }
}

async function insertChain(
  tx: Tx,
  actor: Actor,
  {
    claimId,
    suggestion,
    article,
    idOf,
  }: { claimId: string; suggestion: ClaimSuggestion; article: Acceptance['article']; idOf: IdOf },
): Promise<void> {
  const [chain] = await tx.insert(attributionChains).values({ claimId, position: 0 }).returning()
  if (!chain) throw new Error('chain insert returned nothing')
  const hopValues = []
  for (const [position, hop] of suggestion.chain.entries()) {
    // The publisher is the article's outlet itself, not a name to look up.
    const entityId = hop.role === 'publisher' && article.outletId ? article.outletId : await idOf(hop)
    hopValues.push({
      chainId: chain.id,
      position,
      entityId,
      role: hop.role,
      named: hop.named,
      onRecord: hop.onRecord,
      access: hop.access,
      anonymityReasonGiven: hop.anonymityReasonGiven,
      cue: hop.cue?.text ?? null,
      cueStart: hop.cue?.start ?? null,
      cueEnd: hop.cue?.end ?? null,
    })
  }
  const hops = await tx.insert(chainHops).values(hopValues).returning()
  await appendEvent(tx, {
    actorId: actor.id,
    action: 'claim.chain_added',
    subjectType: 'attribution_chain',
    subjectId: chain.id,
    claimId,
    after: { ...chain, hops },
    requestId: actor.requestId,
  })
}

async function insertResponse(
  tx: Tx,
  actor: Actor,
  claimId: string,
  r: ClaimSuggestion['responses'][number],
  idOf: IdOf,
): Promise<void> {
  const [response] = await tx
    .insert(responses)
    .values({
      claimId,
      entityId: await idOf(r.responder),
      stance: r.stance,
      words: r.words.text,
      wordsStart: r.words.start,
      wordsEnd: r.words.end,
      createdBy: actor.id,
    })
    .returning()
  if (!response) throw new Error('response insert returned nothing')
  await appendEvent(tx, {
    actorId: actor.id,
    action: 'claim.response_added',
    subjectType: 'response',
    subjectId: response.id,
    claimId,
    after: response,
    requestId: actor.requestId,
  })
}

/** Finds an entity by name or alias, ignoring case, or creates it (with its audit event). */
async function entityFor(tx: Tx, actor: Actor, e: Pick<SuggestedEntity, 'name' | 'entityKind'>) {
  const name = e.name.trim()
  const [found] = await tx
    .select({ id: entities.id })
    .from(entities)
    .where(
      and(
        isNull(entities.mergedIntoId),
        sql`(lower(${entities.name}) = lower(${name}) OR exists (select 1 from unnest(${entities.aliases}) a where lower(a) = lower(${name})))`,
      ),
    )
    .orderBy(sql`lower(${entities.name}) = lower(${name}) desc`, entities.createdAt)
    .limit(1)
  if (found) return found.id
  const [row] = await tx.insert(entities).values({ name, kind: e.entityKind, aliases: [] }).returning()
  if (!row) throw new Error('entity insert returned nothing')
  await appendEvent(tx, {
    actorId: actor.id,
    action: 'entity.created',
    subjectType: 'entity',
    subjectId: row.id,
    after: row,
    requestId: actor.requestId,
  })
  return row.id
}
