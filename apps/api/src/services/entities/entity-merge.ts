import type { EntityMergeCounts, EntityMergeResult } from '@claimtrail/contracts'
import { appendEvent, schema, type Tx } from '@claimtrail/db'
import { and, asc, eq, inArray, ne, notInArray, sql } from 'drizzle-orm'
import { ConflictError, NotFoundError } from '../../errors.ts'
import type { Actor } from '../actor.ts'
import { assertVersion } from '../concurrency.ts'
import { claimsBeforeMerge, lockBeforeMerge, lockLateReferrers } from '../entity-merge-locks.ts'
import { assertNotMerged, type EntityRow, normaliseAliases, toEntity } from './entity-rows.ts'

const {
  articles,
  chainHops,
  claimSubjects,
  claims,
  entities,
  replyRequests,
  responses,
  sourceReliabilityRatings,
} = schema

type MovedReferences = Awaited<ReturnType<typeof moveReferences>>

/**
 * The merge of a duplicate into a survivor, inside the caller's transaction: every reference
 * moves, the duplicate stays as a pointer, and one `entity.merged` event records it all.
 */
export async function mergeEntities(
  tx: Tx,
  actor: Actor,
  { duplicateId, intoId, sent }: { duplicateId: string; intoId: string; sent: number },
): Promise<EntityMergeResult> {
  // The application's lock order, articles → claims → entities (entity-merge-locks.ts): what
  // refers to the duplicate first, then both entity rows in id order.
  const lockedClaims = await lockBeforeMerge(tx, duplicateId)
  const { duplicate, target } = await lockPair(tx, duplicateId, intoId, sent)

  const from = duplicate.id
  const into = target.id
  const now = new Date()
  const changedClaims = await lockLateReferrers(tx, from, lockedClaims)
  const markClaimsChanged = await claimsBeforeMerge(tx, changedClaims)
  const refs = await moveReferences(tx, from, into, now)
  const { mergedRow, targetRow } = await retireDuplicate(tx, duplicate, target, now)

  const moved = countsOf(refs)
  const result = { entity: toEntity(targetRow), merged: toEntity(mergedRow), moved }
  await markClaimsChanged(actor, { fromId: from, intoId: into })
  await appendEvent(tx, {
    actorId: actor.id,
    action: 'entity.merged',
    subjectType: 'entity',
    subjectId: from,
    before: { duplicate: toEntity(duplicate), target: toEntity(target) },
    after: {
      duplicate: result.merged,
      target: result.entity,
      moved,
      droppedRatings: refs.ratingsDropped,
      // The claims whose claimant or subjects changed, for anyone tracing a claim's history.
      claimIds: [
        ...new Set([
          ...refs.claimants.map((c) => c.id),
          ...[...refs.subjectsMoved, ...refs.subjectsAlreadyPresent].map((s) => s.claimId),
        ]),
      ],
    },
    requestId: actor.requestId,
  })
  return result
}

/** Both entity rows locked in id order, checked: the duplicate current and unmerged, the target unmerged. */
async function lockPair(
  tx: Tx,
  duplicateId: string,
  intoId: string,
  sent: number,
): Promise<{ duplicate: EntityRow; target: EntityRow }> {
  const locked = await tx
    .select()
    .from(entities)
    .where(inArray(entities.id, [duplicateId, intoId]))
    .orderBy(asc(entities.id))
    .for('update')
  const duplicate = locked.find((e) => e.id === duplicateId)
  const target = locked.find((e) => e.id === intoId)
  if (!duplicate) throw new NotFoundError('Entity')
  if (!target) throw new NotFoundError('Entity to merge into', { intoId })
  assertNotMerged(duplicate)
  assertVersion('Entity', duplicate.version, sent, () => toEntity(duplicate))
  if (target.mergedIntoId) {
    throw new ConflictError(
      `“${target.name}” was itself merged into another entity; merge into that one instead`,
      { mergedIntoId: target.mergedIntoId },
    )
  }
  return { duplicate, target }
}

/** Every reference to the duplicate now names the survivor; the rows touched, for the counts and the event. */
async function moveReferences(tx: Tx, from: string, into: string, now: Date) {
  // Versions move on once per claim, when mergeEntities marks the claims changed, with its event.
  const claimants = await tx
    .update(claims)
    .set({ claimantId: into })
    .where(eq(claims.claimantId, from))
    .returning({ id: claims.id })

  // claim_subjects is keyed by (claim, entity): a claim about both keeps one row.
  const subjectsMoved = await tx
    .update(claimSubjects)
    .set({ entityId: into })
    .where(
      and(
        eq(claimSubjects.entityId, from),
        notInArray(
          claimSubjects.claimId,
          tx
            .select({ claimId: claimSubjects.claimId })
            .from(claimSubjects)
            .where(eq(claimSubjects.entityId, into)),
        ),
      ),
    )
    .returning({ claimId: claimSubjects.claimId })
  const subjectsAlreadyPresent = await tx
    .delete(claimSubjects)
    .where(eq(claimSubjects.entityId, from))
    .returning({ claimId: claimSubjects.claimId })

  const hops = await tx
    .update(chainHops)
    .set({ entityId: into, version: sql`${chainHops.version} + 1`, updatedAt: now })
    .where(eq(chainHops.entityId, from))
    .returning({ id: chainHops.id })
  const responsesMoved = await tx
    .update(responses)
    .set({ entityId: into, version: sql`${responses.version} + 1`, updatedAt: now })
    .where(eq(responses.entityId, from))
    .returning({ id: responses.id })
  const requestsMoved = await tx
    .update(replyRequests)
    .set({ entityId: into, version: sql`${replyRequests.version} + 1`, updatedAt: now })
    .where(eq(replyRequests.entityId, from))
    .returning({ id: replyRequests.id })

  const { ratingsMoved, ratingsDropped } = await moveRatings(tx, from, into, now)

  const outlets = await tx
    .update(articles)
    .set({ outletId: into, version: sql`${articles.version} + 1`, updatedAt: now })
    .where(eq(articles.outletId, from))
    .returning({ id: articles.id })

  // Earlier merges into the duplicate now point straight at the survivor: one hop to follow.
  const earlierMerges = await tx
    .update(entities)
    .set({ mergedIntoId: into, version: sql`${entities.version} + 1`, updatedAt: now })
    .where(and(eq(entities.mergedIntoId, from), ne(entities.id, into)))
    .returning({ id: entities.id })

  return {
    claimants,
    subjectsMoved,
    subjectsAlreadyPresent,
    hops,
    responsesMoved,
    requestsMoved,
    ratingsMoved,
    ratingsDropped,
    outlets,
    earlierMerges,
  }
}

/**
 * One reliability rating per (assessment, entity): where the survivor is already rated, its
 * rating stands and the duplicate's is dropped (and kept in the audit event).
 */
async function moveRatings(tx: Tx, from: string, into: string, now: Date) {
  const ratingsMoved = await tx
    .update(sourceReliabilityRatings)
    .set({ entityId: into, version: sql`${sourceReliabilityRatings.version} + 1`, updatedAt: now })
    .where(
      and(
        eq(sourceReliabilityRatings.entityId, from),
        notInArray(
          sourceReliabilityRatings.assessmentId,
          tx
            .select({ assessmentId: sourceReliabilityRatings.assessmentId })
            .from(sourceReliabilityRatings)
            .where(eq(sourceReliabilityRatings.entityId, into)),
        ),
      ),
    )
    .returning({ id: sourceReliabilityRatings.id })
  const ratingsDropped = await tx
    .delete(sourceReliabilityRatings)
    .where(eq(sourceReliabilityRatings.entityId, from))
    .returning()
  return { ratingsMoved, ratingsDropped }
}

/** The duplicate becomes a pointer; the survivor takes its names, and its Wikidata id and description if it has none. */
async function retireDuplicate(tx: Tx, duplicate: EntityRow, target: EntityRow, now: Date) {
  // The Wikidata id is unique: the duplicate gives it up before the survivor may take it.
  const inheritWikidata = target.wikidataId === null && duplicate.wikidataId !== null
  const [mergedRow] = await tx
    .update(entities)
    .set({
      mergedIntoId: target.id,
      ...(inheritWikidata ? { wikidataId: null } : {}),
      version: duplicate.version + 1,
      updatedAt: now,
    })
    .where(eq(entities.id, duplicate.id))
    .returning()
  const [targetRow] = await tx
    .update(entities)
    .set({
      aliases: normaliseAliases(target.name, [...target.aliases, duplicate.name, ...duplicate.aliases]),
      wikidataId: target.wikidataId ?? duplicate.wikidataId,
      description: target.description ?? duplicate.description,
      version: target.version + 1,
      updatedAt: now,
    })
    .where(eq(entities.id, target.id))
    .returning()
  if (!mergedRow || !targetRow) throw new Error('entity merge update returned nothing')
  return { mergedRow, targetRow }
}

function countsOf(refs: MovedReferences): EntityMergeCounts {
  return {
    claimants: refs.claimants.length,
    claimSubjects: refs.subjectsMoved.length,
    claimSubjectsAlreadyPresent: refs.subjectsAlreadyPresent.length,
    chainHops: refs.hops.length,
    responses: refs.responsesMoved.length,
    replyRequests: refs.requestsMoved.length,
    sourceReliabilityRatings: refs.ratingsMoved.length,
    sourceReliabilityRatingsDropped: refs.ratingsDropped.length,
    articleOutlets: refs.outlets.length,
    mergedEntities: refs.earlierMerges.length,
  }
}
