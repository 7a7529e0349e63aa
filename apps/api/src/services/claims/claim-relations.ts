import { type DbOrTx, readAll, schema } from '@claimtrail/db'
import { asc, eq, getTableColumns, type InferSelectModel, Param, type SQL, sql } from 'drizzle-orm'
import type { AnyPgColumn } from 'drizzle-orm/pg-core'

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

/**
 * `column = any($1::uuid[])`: one array parameter, however many ids. drizzle's inArray binds and
 * checks one parameter per id, which for a 500-claim article was a visible share of the CPU profile.
 */
const anyOf = (column: AnyPgColumn, ids: string[]): SQL => sql`${column} = any(${new Param(ids)}::uuid[])`

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
    .select({ claim: claims, verdict: ratings })
    .from(claims)
    .leftJoin(ratings, eq(ratings.id, claims.verdictRatingId))
    .where(where)
    .orderBy(asc(claims.anchorStart), asc(claims.anchorEnd), asc(claims.id))
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.claim.id)

  // One statement per table (side by side on a pool, in turn in a transaction). Entities (claimants
  // included) are not joined but read once below by id: joined, the planner hashed every entity of
  // the desk to match a few hundred rows (a Seq Scan growing with the entities table, 8–15 ms at
  // 30,000), and the same source came back once per hop, subject and response that names it.
  const [subjectRows, chains, hopRows, responseRows, assessments, sourceRatingRows] = await readAll(db, [
    () =>
      db
        .select({ claimId: claimSubjects.claimId, entityId: claimSubjects.entityId })
        .from(claimSubjects)
        .where(anyOf(claimSubjects.claimId, ids))
        // Subjects by name in the database's collation: one primary-key probe per subject.
        .orderBy(
          asc(claimSubjects.claimId),
          sql`(select ${entities.name} from ${entities} where ${entities.id} = ${claimSubjects.entityId})`,
          asc(claimSubjects.entityId),
        ),
    () =>
      db
        .select()
        .from(attributionChains)
        .where(anyOf(attributionChains.claimId, ids))
        .orderBy(asc(attributionChains.position)),
    () =>
      db
        .select(getTableColumns(chainHops))
        .from(chainHops)
        .innerJoin(attributionChains, eq(attributionChains.id, chainHops.chainId))
        .where(anyOf(attributionChains.claimId, ids))
        .orderBy(asc(chainHops.position)),
    // Responses in the order their words appear in the text; unanchored ones last.
    () =>
      db
        .select()
        .from(responses)
        .where(anyOf(responses.claimId, ids))
        .orderBy(sql`${responses.wordsStart} asc nulls last`, asc(responses.createdAt), asc(responses.id)),
    () => db.select().from(sourcingAssessments).where(anyOf(sourcingAssessments.claimId, ids)),
    () =>
      db
        .select({ ...getTableColumns(sourceReliabilityRatings), claimId: sourcingAssessments.claimId })
        .from(sourceReliabilityRatings)
        .innerJoin(sourcingAssessments, eq(sourcingAssessments.id, sourceReliabilityRatings.assessmentId))
        .where(anyOf(sourcingAssessments.claimId, ids))
        .orderBy(asc(sourceReliabilityRatings.createdAt), asc(sourceReliabilityRatings.id)),
  ])

  const entityIds = new Set<string>()
  for (const { claim } of rows) if (claim.claimantId) entityIds.add(claim.claimantId)
  for (const rows of [subjectRows, hopRows, responseRows, sourceRatingRows]) {
    for (const row of rows) entityIds.add(row.entityId)
  }
  const entityById = new Map<string, Entity>()
  if (entityIds.size > 0) {
    const found = await db
      .select()
      .from(entities)
      .where(anyOf(entities.id, [...entityIds]))
    for (const entity of found) entityById.set(entity.id, entity)
  }
  // Foreign keys guarantee every id is found; a missing one would be a broken database.
  const entityOf = (id: string): Entity => {
    const entity = entityById.get(id)
    if (!entity) throw new Error(`entity ${id} is referenced but missing`)
    return entity
  }
  const subjects = subjectRows.map((s) => ({ claimId: s.claimId, entity: entityOf(s.entityId) }))
  const hops = hopRows.map((hop) => ({ hop, entity: entityOf(hop.entityId) }))
  const replies = responseRows.map((response) => ({ response, entity: entityOf(response.entityId) }))
  const sourceRatings = sourceRatingRows.map((r) => ({ ...r, entity: entityOf(r.entityId) }))

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

  return rows.map(({ claim, verdict }) => {
    const assessment = assessmentByClaim.get(claim.id)
    return {
      ...claim,
      claimant: claim.claimantId ? entityOf(claim.claimantId) : null,
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
