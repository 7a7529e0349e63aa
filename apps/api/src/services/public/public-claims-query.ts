import type {
  PublicArticleRef,
  PublicClaimFilters,
  PublicClaimSummary,
  PublicVerdict,
} from '@claimtrail/contracts'
import { claimPageUrl } from '@claimtrail/core'
import { type DbOrTx, schema } from '@claimtrail/db'
import { and, asc, desc, eq, exists, inArray, or, type SQL, sql } from 'drizzle-orm'
import { InvalidError } from '../../errors.ts'
import { decodeTimestampCursor, encodeCursor, timestampKey } from '../cursor.ts'
import { publicClaimsOnly } from './public-filter.ts'

const { claims, claimSubjects, articles, ratings, sourcingAssessments } = schema

type EntityRow = { id: string; name: string; kind: PublicClaimSummary['subjects'][number]['kind'] }
export const entityRef = (e: EntityRow) => ({ id: e.id, name: e.name, kind: e.kind })

type RatingRow = { label: string; description: string; colour: string; ratingValue: number | null }
export const toVerdict = (r: RatingRow): PublicVerdict => ({
  label: r.label,
  description: r.description,
  colour: r.colour,
  ratingValue: r.ratingValue,
})

type ArticleRow = {
  id: string
  title: string
  url: string | null
  publishedOn: string | null
  outlet: EntityRow | null
}
export const toArticleRef = (a: ArticleRow): PublicArticleRef => ({
  id: a.id,
  title: a.title,
  url: a.url,
  outlet: a.outlet ? entityRef(a.outlet) : null,
  publishedOn: a.publishedOn,
})

// What every row of the ledger shows, read in one relational query: only the columns a summary
// uses. Whole rows (aliases, anchors, notes, timestamps) cost PostgreSQL's JSON building, the
// wire, and drizzle's per-column mapping on every page for nothing.
const entityColumns = { columns: { id: true, name: true, kind: true } } as const
const summaryColumns = {
  id: true,
  status: true,
  kind: true,
  headline: true,
  statement: true,
  publishedAt: true,
} as const
const summaryRelations = {
  claimant: entityColumns,
  verdict: { columns: { label: true, description: true, colour: true, ratingValue: true } },
  assessment: { columns: { overrideGrade: true, computedGrade: true } },
  subjects: { columns: {}, with: { entity: entityColumns } },
  article: {
    columns: { id: true, title: true, url: true, publishedOn: true },
    with: { outlet: entityColumns },
  },
} as const

const publishedAtKey = timestampKey(claims.publishedAt)

/** Sorted newest publication first; ties by id. */
const ledgerOrder = [desc(claims.publishedAt), asc(claims.id)]

export interface LedgerPage {
  items: PublicClaimSummary[]
  nextCursor: string | null
}

/**
 * Reads of the ledger's claims: the one place that turns filters into SQL and rows into summaries.
 * Lists, exports, feeds and entity pages all page through it, so they all apply publicClaimsOnly().
 */
export function createPublicClaimsQuery(db: DbOrTx, baseUrl: string) {
  type Row = Awaited<ReturnType<typeof loadSummaries>>[number]

  // Two steps: the ids of a page with plain SQL (filters may reach into other tables, which
  // drizzle's relational queries would re-alias), then their relations by id.
  function findPage(where: SQL | undefined, limit: number) {
    return db
      .select({ id: claims.id, publishedAtKey })
      .from(claims)
      .where(and(publicClaimsOnly(), where))
      .orderBy(...ledgerOrder)
      .limit(limit)
  }

  // Built once and reused: composing a relational query costs drizzle more CPU than PostgreSQL
  // spends running it (bench/README.md, finding 8).
  const summariesById = db.query.claims
    .findMany({
      where: and(sql`${claims.id} = any(${sql.placeholder('ids')}::uuid[])`, publicClaimsOnly()),
      columns: summaryColumns,
      with: summaryRelations,
    })
    .prepare('public_claim_summaries')

  async function loadSummaries(ids: string[]) {
    if (ids.length === 0) return []
    const rows = await summariesById.execute({ ids })
    const byId = new Map(rows.map((r) => [r.id, r]))
    return ids.flatMap((id) => byId.get(id) ?? [])
  }

  function toSummary(c: Row): PublicClaimSummary {
    // The database guarantees both for a public claim (claims_public_has_verdict).
    if (!c.verdict || !c.publishedAt)
      throw new Error(`public claim ${c.id} has no verdict or publication time`)
    return {
      id: c.id,
      url: claimPageUrl(baseUrl, c.id),
      status: c.status as PublicClaimSummary['status'],
      kind: c.kind,
      headline: c.headline,
      statement: c.statement,
      claimant: c.claimant ? entityRef(c.claimant) : null,
      subjects: c.subjects.map((s) => entityRef(s.entity)),
      verdict: toVerdict(c.verdict),
      sourcingGrade: c.assessment?.overrideGrade ?? c.assessment?.computedGrade ?? null,
      article: toArticleRef(c.article),
      publishedAt: c.publishedAt.toISOString(),
    }
  }

  /** The search and filters as SQL; a verdict label no rating carries is a 400 naming `verdict`. */
  async function filtersToSql(filters: PublicClaimFilters): Promise<SQL | undefined> {
    const conditions: (SQL | undefined)[] = []
    if (filters.q !== undefined) {
      // websearch_to_tsquery accepts any input (quotes, OR, -word) without syntax errors, so a
      // search for SQL or markup is just words. claimSearchVector is the stored column the GIN index is on.
      conditions.push(sql`${schema.claimSearchVector} @@ websearch_to_tsquery('english', ${filters.q})`)
    }
    if (filters.verdict !== undefined) {
      const label = filters.verdict
      const labelled = sql`lower(${ratings.label}) = lower(${label})`
      // Ratings are public (the methodology lists them), so saying a label is unknown leaks nothing.
      const known = await db.select({ id: ratings.id }).from(ratings).where(labelled).limit(1)
      if (known.length === 0) throw new InvalidError('verdict: no rating of the scale has this label')
      conditions.push(
        inArray(claims.verdictRatingId, db.select({ id: ratings.id }).from(ratings).where(labelled)),
      )
    }
    if (filters.grade !== undefined) {
      conditions.push(
        exists(
          db
            .select({ one: sql`1` })
            .from(sourcingAssessments)
            .where(
              and(
                eq(sourcingAssessments.claimId, claims.id),
                sql`coalesce(${sourcingAssessments.overrideGrade}, ${sourcingAssessments.computedGrade}) = ${filters.grade}`,
              ),
            ),
        ),
      )
    }
    if (filters.subject !== undefined) {
      conditions.push(
        exists(
          db
            .select({ one: sql`1` })
            .from(claimSubjects)
            .where(and(eq(claimSubjects.claimId, claims.id), eq(claimSubjects.entityId, filters.subject))),
        ),
      )
    }
    if (filters.outlet !== undefined) {
      conditions.push(
        inArray(
          claims.articleId,
          db.select({ id: articles.id }).from(articles).where(eq(articles.outletId, filters.outlet)),
        ),
      )
    }
    if (filters.from !== undefined && filters.to !== undefined && filters.from > filters.to) {
      throw new InvalidError('from: must not be after to')
    }
    if (filters.from !== undefined) {
      conditions.push(sql`${claims.publishedAt} >= ${filters.from}::date at time zone 'UTC'`)
    }
    if (filters.to !== undefined) {
      conditions.push(sql`${claims.publishedAt} < (${filters.to}::date + 1) at time zone 'UTC'`)
    }
    return and(...conditions)
  }

  /** One page after `cursor`, newest publication first. */
  async function page(where: SQL | undefined, limit: number, cursor?: string): Promise<LedgerPage> {
    const after = cursor === undefined ? undefined : decodeTimestampCursor(cursor)
    const rows = await findPage(
      and(
        where,
        // The plain upper bound lets the (published_at desc, id) index start at the cursor; the OR
        // alone cannot bound an index scan, so deep pages would read every newer row.
        after && sql`${claims.publishedAt} <= ${after.at}::timestamptz`,
        after &&
          or(
            sql`${claims.publishedAt} < ${after.at}::timestamptz`,
            and(sql`${claims.publishedAt} = ${after.at}::timestamptz`, sql`${claims.id} > ${after.id}`),
          ),
      ),
      limit + 1,
    )
    const items = rows.slice(0, limit)
    const last = items.at(-1)
    return {
      items: (await loadSummaries(items.map((r) => r.id))).map(toSummary),
      nextCursor: rows.length > limit && last ? encodeCursor([last.publishedAtKey, last.id]) : null,
    }
  }

  /** Every matching claim, a batch at a time (for exports and bulk feeds that stream). */
  async function* all(where: SQL | undefined, batch = 200): AsyncGenerator<PublicClaimSummary> {
    let cursor: string | undefined
    do {
      const result = await page(where, batch, cursor)
      yield* result.items
      cursor = result.nextCursor ?? undefined
    } while (cursor)
  }

  return { filtersToSql, page, all }
}

export type PublicClaimsQuery = ReturnType<typeof createPublicClaimsQuery>
