import { appendEvent, schema, type Tx } from '@claimtrail/db'
import { asc, inArray, type SQL, sql } from 'drizzle-orm'
import type { Actor } from './actor.ts'
import { claimSnapshot } from './claims/claim-insert.ts'

const { articles, claimSubjects, claims } = schema

/**
 * The one lock order of the application (ADR 012): articles, then claims, then entities, each
 * in id order, then the rows they own. Claim writes follow it naturally — `lockClaim` first, then
 * `assertEntities` share-locks the entities they point at — and so does an article import (article,
 * then its claims). An entity merge touches all three, so it must take them in the same order:
 * first the articles and claims that refer to the duplicate, then the two entities. Taking the
 * entities first (as it once did) deadlocked with claim writes on PostgreSQL.
 */

/** Ids of the claims that refer to an entity: as claimant, subject, source, responder, requestee or rated source. */
function claimsReferring(entityId: string): SQL {
  return sql`
    select ${claims.id} from ${claims} where ${claims.claimantId} = ${entityId}
    union select claim_id from claim_subjects where entity_id = ${entityId}
    union select c.claim_id from chain_hops h join attribution_chains c on c.id = h.chain_id where h.entity_id = ${entityId}
    union select claim_id from responses where entity_id = ${entityId}
    union select claim_id from reply_requests where entity_id = ${entityId}
    union select a.claim_id from source_reliability_ratings r join sourcing_assessments a on a.id = r.assessment_id where r.entity_id = ${entityId}`
}

/** Locks what a merge of `fromId` will change, before the entities themselves: articles, then claims. */
export async function lockBeforeMerge(tx: Tx, fromId: string): Promise<Set<string>> {
  await tx
    .select({ id: articles.id })
    .from(articles)
    .where(sql`${articles.outletId} = ${fromId}`)
    .orderBy(asc(articles.id))
    .for('update')
  const locked = await tx
    .select({ id: claims.id })
    .from(claims)
    .where(inArray(claims.id, sql`(${claimsReferring(fromId)})`))
    .orderBy(asc(claims.id))
    .for('update')
  return new Set(locked.map((c) => c.id))
}

/**
 * With the duplicate entity locked, nobody can add a reference to it any more; a claim that gained
 * one between our two steps is locked now, without waiting (its writer may be queued behind our
 * entity lock): if it is busy, the transaction fails with 55P03 and is retried whole (client.ts).
 */
export async function lockLateReferrers(tx: Tx, fromId: string, locked: Set<string>): Promise<string[]> {
  const now = await tx.execute(claimsReferring(fromId))
  const ids = (now as unknown as { rows: { id: string }[] }).rows.map((r) => r.id)
  const late = ids.filter((id) => !locked.has(id)).sort()
  if (late.length > 0) {
    await tx
      .select({ id: claims.id })
      .from(claims)
      .where(inArray(claims.id, late))
      .orderBy(asc(claims.id))
      .for('update', {
        noWait: true,
      })
  }
  return [...new Set([...locked, ...late])].sort()
}

/** Subjects of each claim, sorted, for the before/after of their events. */
async function subjectsOf(tx: Tx, claimIds: string[]): Promise<Map<string, string[]>> {
  const rows = await tx
    .select({ claimId: claimSubjects.claimId, entityId: claimSubjects.entityId })
    .from(claimSubjects)
    .where(inArray(claimSubjects.claimId, claimIds))
    .orderBy(asc(claimSubjects.entityId))
  const map = new Map<string, string[]>(claimIds.map((id) => [id, []]))
  for (const r of rows) map.get(r.claimId)?.push(r.entityId)
  return map
}

/**
 * Reads the claims a merge is about to change, and afterwards marks each changed: its version moves
 * on (every ETag of it goes stale, so a client that read it before the merge cannot write over it)
 * and its own `claim.entity_merged` event records the claim before and after (design.md, "Event").
 */
export async function claimsBeforeMerge(tx: Tx, claimIds: string[]) {
  if (claimIds.length === 0) return async () => {}
  const before = await tx.select().from(claims).where(inArray(claims.id, claimIds))
  const subjectsBefore = await subjectsOf(tx, claimIds)
  return async (actor: Actor, merge: { fromId: string; intoId: string }) => {
    const after = await tx
      .update(claims)
      .set({ version: sql`${claims.version} + 1`, updatedAt: new Date() })
      .where(inArray(claims.id, claimIds))
      .returning()
    const subjectsAfter = await subjectsOf(tx, claimIds)
    for (const row of after.sort((a, b) => a.id.localeCompare(b.id))) {
      const previous = before.find((b) => b.id === row.id)
      if (!previous) continue
      await appendEvent(tx, {
        actorId: actor.id,
        action: 'claim.entity_merged',
        subjectType: 'claim',
        subjectId: row.id,
        claimId: row.id,
        before: claimSnapshot(previous, subjectsBefore.get(row.id)),
        after: {
          ...claimSnapshot(row, subjectsAfter.get(row.id)),
          mergedEntityId: merge.fromId,
          intoEntityId: merge.intoId,
        },
        requestId: actor.requestId,
      })
    }
  }
}
