import { type DbOrTx, readAll, schema } from '@claimtrail/db'
import { asc, eq, getTableColumns, type InferSelectModel, inArray, type SQL, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'

const {
  claims,
  claimSubjects,
  attributionChains,
  chainHops,
  responses,
  sourcingAssessments,
  sourceReliabilityRatings,
  entities,
  ratings,
} = schema

type Entity = InferSelectModel<typeof entities>
type WithEntity<T> = T & { entity: Entity }

/** A claim with every relation the desk's views show: what toClaimInArticle reads. */
export type ClaimWithRelations = InferSelectModel<typeof claims> & {
  claimant: Entity | null
  verdict: InferSelectModel<typeof ratings> | null
  assessment:
    | (InferSelectModel<typeof sourcingAssessments> & {
        sourceRatings: WithEntity<InferSelectModel<typeof sourceReliabilityRatings>>[]
      })
    | null
  subjects: { entity: Entity }[]
  chains: (InferSelectModel<typeof attributionChains> & {
    hops: WithEntity<InferSelectModel<typeof chainHops>>[]
  })[]
  responses: WithEntity<InferSelectModel<typeof responses>>[]
}

const claimant = alias(entities, 'claimant')

/**
 * Claims matching `where`, in text order, with their relations. Each relation is read once for all
 * the claims (`claim_id in (…)`) and assembled here: an article page of 500 claims is one statement
 * per table, where a nested-JSON relational query built 500 correlated subqueries of subqueries
 * (bench/README.md, finding 6).
 */
export async function loadClaimsWithRelations(
  db: DbOrTx,
  where: SQL | undefined,
): Promise<ClaimWithRelations[]> {
  const rows = await db
    .select({ claim: claims, claimant, verdict: ratings })
    .from(claims)
    .leftJoin(claimant, eq(claimant.id, claims.claimantId))
    .leftJoin(ratings, eq(ratings.id, claims.verdictRatingId))
    .where(where)
    .orderBy(asc(claims.anchorStart), asc(claims.anchorEnd), asc(claims.id))
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.claim.id)

  // One statement per table (side by side on a pool, in turn in a transaction).
  const [subjects, chains, hops, replies, assessments, sourceRatings] = await readAll(db, [
    () =>
      db
        .select({ claimId: claimSubjects.claimId, entity: entities })
        .from(claimSubjects)
        .innerJoin(entities, eq(entities.id, claimSubjects.entityId))
        .where(inArray(claimSubjects.claimId, ids))
        .orderBy(asc(claimSubjects.claimId), asc(entities.name), asc(entities.id)),
    () =>
      db
        .select()
        .from(attributionChains)
        .where(inArray(attributionChains.claimId, ids))
        .orderBy(asc(attributionChains.position)),
    () =>
      db
        .select({ hop: chainHops, entity: entities })
        .from(chainHops)
        .innerJoin(attributionChains, eq(attributionChains.id, chainHops.chainId))
        .innerJoin(entities, eq(entities.id, chainHops.entityId))
        .where(inArray(attributionChains.claimId, ids))
        .orderBy(asc(chainHops.position)),
    // Responses in the order their words appear in the text; unanchored ones last.
    () =>
      db
        .select({ response: responses, entity: entities })
        .from(responses)
        .innerJoin(entities, eq(entities.id, responses.entityId))
        .where(inArray(responses.claimId, ids))
        .orderBy(sql`${responses.wordsStart} asc nulls last`, asc(responses.createdAt), asc(responses.id)),
    () => db.select().from(sourcingAssessments).where(inArray(sourcingAssessments.claimId, ids)),
    () =>
      db
        .select({
          ...getTableColumns(sourceReliabilityRatings),
          claimId: sourcingAssessments.claimId,
          entity: entities,
        })
        .from(sourceReliabilityRatings)
        .innerJoin(sourcingAssessments, eq(sourcingAssessments.id, sourceReliabilityRatings.assessmentId))
        .innerJoin(entities, eq(entities.id, sourceReliabilityRatings.entityId))
        .where(inArray(sourcingAssessments.claimId, ids))
        .orderBy(asc(sourceReliabilityRatings.createdAt), asc(sourceReliabilityRatings.id)),
  ])

  const hopsByChain = groupBy(
    hops,
    (h) => h.hop.chainId,
    (h) => ({ ...h.hop, entity: h.entity }),
  )
  const chainsByClaim = groupBy(
    chains,
    (c) => c.claimId,
    (c) => ({ ...c, hops: hopsByChain.get(c.id) ?? [] }),
  )
  const subjectsByClaim = groupBy(
    subjects,
    (s) => s.claimId,
    (s) => ({ entity: s.entity }),
  )
  const responsesByClaim = groupBy(
    replies,
    (r) => r.response.claimId,
    (r) => ({ ...r.response, entity: r.entity }),
  )
  const ratingsByClaim = groupBy(
    sourceRatings,
    (r) => r.claimId,
    ({ claimId: _, ...r }) => r,
  )
  const assessmentByClaim = new Map(assessments.map((a) => [a.claimId, a]))

  return rows.map(({ claim, claimant, verdict }) => {
    const assessment = assessmentByClaim.get(claim.id)
    return {
      ...claim,
      claimant,
      verdict,
      assessment: assessment ? { ...assessment, sourceRatings: ratingsByClaim.get(claim.id) ?? [] } : null,
      subjects: subjectsByClaim.get(claim.id) ?? [],
      chains: chainsByClaim.get(claim.id) ?? [],
      responses: responsesByClaim.get(claim.id) ?? [],
    }
  })
}

/** Items grouped by key, each group keeping the items' order. */
function groupBy<T, K, V>(items: readonly T[], key: (item: T) => K, value: (item: T) => V): Map<K, V[]> {
  const groups = new Map<K, V[]>()
  for (const item of items) {
    const k = key(item)
    const group = groups.get(k)
    if (group) group.push(value(item))
    else groups.set(k, [value(item)])
  }
  return groups
}
