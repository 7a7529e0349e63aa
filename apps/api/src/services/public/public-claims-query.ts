import type {
  PublicArticleRef,
  PublicClaimFilters,
  PublicClaimSummary,
  PublicVerdict,
} from '@claimtrail/contracts'
import { claimPageUrl } from '@claimtrail/core'
import { type DbOrTx, schema } from '@claimtrail/db'
import { and, asc, desc, eq, or, type SQL, type SQLWrapper, sql } from 'drizzle-orm'
import { InvalidError } from '../../errors.ts'
import { decodeTimestampCursor, encodeCursor, timestampKey } from '../cursor.ts'

const { publishedClaims: pc, ratings } = schema

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

/** A summary as the published record holds it (no address: that is added from PUBLIC_BASE_URL). */
export type RecordedSummary = Omit<PublicClaimSummary, 'url'>

/**
 * What every row of the ledger shows, cut out of the published record by the database: the record's
 * detail without the parts only the claim page shows, so a page of summaries does not carry chains,
 * responses and quotes over the wire.
 */
export const recordedSummary = sql<RecordedSummary>`(${pc.record} -> 'detail') - array['quote', 'chains', 'responses', 'evidence', 'rationale', 'sourcing', 'hedges', 'articleEdited']::text[]`

const publishedAtKey = timestampKey(pc.publishedAt)

/** Sorted newest publication first; ties by id. */
const ledgerOrder = [desc(pc.publishedAt), asc(pc.claimId)]

export interface LedgerPage {
  items: PublicClaimSummary[]
  nextCursor: string | null
}

/** A summary with its address, its fields in the contract's order. */
export function toSummary(baseUrl: string, s: RecordedSummary): PublicClaimSummary {
  return {
    id: s.id,
    url: claimPageUrl(baseUrl, s.id),
    status: s.status,
    kind: s.kind,
    headline: s.headline,
    statement: s.statement,
    claimant: s.claimant ? entityRef(s.claimant) : null,
    subjects: s.subjects.map(entityRef),
    verdict: toVerdict(s.verdict),
    sourcingGrade: s.sourcingGrade,
    article: toArticleRef(s.article),
    publishedAt: s.publishedAt,
  }
}

/** An entity id among a uuid[] column of published_claims (GIN-indexed). */
export const mentions = (column: SQLWrapper, entityId: string) => sql`${column} @> array[${entityId}]::uuid[]`

/** Publication dates from `from` to `to`, both days included, in UTC; `from` after `to` is a 400. */
function dateConditions(filters: PublicClaimFilters): SQL[] {
  if (filters.from !== undefined && filters.to !== undefined && filters.from > filters.to) {
    throw new InvalidError('from: must not be after to')
  }
  const conditions: SQL[] = []
  if (filters.from !== undefined) {
    conditions.push(sql`${pc.publishedAt} >= ${filters.from}::date at time zone 'UTC'`)
  }
  if (filters.to !== undefined) {
    conditions.push(sql`${pc.publishedAt} < (${filters.to}::date + 1) at time zone 'UTC'`)
  }
  return conditions
}

/**
 * Reads of the ledger's claims: the one place that turns filters into SQL and published records
 * into summaries. Lists, exports, feeds and entity pages all page through it, and it reads only
 * published_claims, the records editors' acts wrote (docs/decisions/019-publication-snapshots.md):
 * a row there is a public claim, and nothing else is.
 */
export function createPublicClaimsQuery(db: DbOrTx, baseUrl: string) {
  /** The search and filters as SQL; a verdict label no rating carries is a 400 naming `verdict`. */
  async function filtersToSql(filters: PublicClaimFilters): Promise<SQL | undefined> {
    const conditions: (SQL | undefined)[] = []
    if (filters.q !== undefined) {
      // websearch_to_tsquery accepts any input (quotes, OR, -word) without syntax errors, so a
      // search for SQL or markup is just words. The stored column is the one the GIN index is on.
      conditions.push(sql`${schema.publishedSearchVector} @@ websearch_to_tsquery('english', ${filters.q})`)
    }
    if (filters.verdict !== undefined) conditions.push(await verdictCondition(filters.verdict))
    if (filters.grade !== undefined) conditions.push(eq(pc.grade, filters.grade))
    if (filters.subject !== undefined) conditions.push(mentions(pc.subjectIds, filters.subject))
    if (filters.outlet !== undefined) conditions.push(eq(pc.outletId, filters.outlet))
    conditions.push(...dateConditions(filters))
    return and(...conditions)
  }

  async function verdictCondition(label: string): Promise<SQL> {
    // Ratings are public (the methodology lists them), so saying a label is unknown leaks nothing;
    // a label kept by a published record after the scale was edited is known too.
    const known = await db
      .select({ one: sql`1` })
      .from(ratings)
      .where(sql`lower(${ratings.label}) = lower(${label})`)
      .union(db.select({ one: sql`1` }).from(pc).where(sql`lower(${pc.verdictLabel}) = lower(${label})`))
      .limit(1)
    if (known.length === 0) throw new InvalidError('verdict: no rating of the scale has this label')
    return sql`lower(${pc.verdictLabel}) = lower(${label})`
  }

  /**
   * One page after `cursor`, newest publication first, in one statement of two steps: the page's
   * keys first (index columns only), then the summaries of those rows. Cutting the summary out of
   * the record reads the whole record (stored out of line), and PostgreSQL computes a select list
   * before its top-N sort: in one step, a person named in 1,700 records had every one of them read
   * to show 50 (docs/decisions/016-server-rendered-public-ledger.md).
   */
  async function page(where: SQL | undefined, limit: number, cursor?: string): Promise<LedgerPage> {
    const after = cursor === undefined ? undefined : decodeTimestampCursor(cursor)
    const keys = db
      .select({ claimId: pc.claimId, publishedAt: pc.publishedAt })
      .from(pc)
      .where(
        and(
          where,
          // The plain upper bound lets the (published_at desc, id) index start at the cursor; the OR
          // alone cannot bound an index scan, so deep pages would read every newer row.
          after && sql`${pc.publishedAt} <= ${after.at}::timestamptz`,
          after &&
            or(
              sql`${pc.publishedAt} < ${after.at}::timestamptz`,
              and(sql`${pc.publishedAt} = ${after.at}::timestamptz`, sql`${pc.claimId} > ${after.id}`),
            ),
        ),
      )
      .orderBy(...ledgerOrder)
      .limit(limit + 1)
      .as('page_keys')
    const rows = await db
      .select({ id: pc.claimId, publishedAtKey, summary: recordedSummary })
      .from(keys)
      .innerJoin(pc, eq(pc.claimId, keys.claimId))
      .orderBy(...ledgerOrder)
    const items = rows.slice(0, limit)
    const last = items.at(-1)
    return {
      items: items.map((r) => toSummary(baseUrl, r.summary)),
      nextCursor: rows.length > limit && last ? encodeCursor([last.publishedAtKey, last.id]) : null,
    }
  }

  return { filtersToSql, page }
}

export type PublicClaimsQuery = ReturnType<typeof createPublicClaimsQuery>
