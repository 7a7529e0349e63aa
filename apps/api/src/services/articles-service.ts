import {
  type ArticleDetail,
  type ArticleList,
  type ArticleListQuery,
  type ArticleSummary,
  PUBLIC_CLAIM_STATUSES,
} from '@claimtrail/contracts'
import { type Db, schema } from '@claimtrail/db'
import { and, asc, desc, eq, exists, gt, ilike, inArray, or, type SQL, sql } from 'drizzle-orm'
import { NotFoundError } from '../errors.ts'
import { loadClaimViews, toClaimInArticle } from './claims/claim-view.ts'
import { decodeTimestampCursor, encodeCursor, timestampKey } from './cursor.ts'
import type { PublicationRecord } from './public/publication-record.ts'
import { seesUnpublished, type Viewer } from './viewer.ts'

const { articles, articleVersions, claims, entities, publishedClaims } = schema

export interface ArticlesServiceDeps {
  db: Db
}

/** The article fields of a publication record (PublicationRecord's detail.article). */
type PublishedArticle = PublicationRecord['detail']['article']

/** `%q%` for ILIKE, with the pattern's own wildcards escaped. */
const likePattern = (q: string | undefined) =>
  q === undefined ? undefined : `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/** Articles after a keyset cursor in (created_at desc, id asc) order. */
function keysetAfter(after: ReturnType<typeof decodeTimestampCursor> | undefined): SQL | undefined {
  if (after === undefined) return undefined
  // `created_at <= x` alone is an index bound; the OR then only breaks ties at x.
  return and(
    sql`${articles.createdAt} <= ${after.at}::timestamptz`,
    or(sql`${articles.createdAt} < ${after.at}::timestamptz`, gt(articles.id, after.id)),
  )
}

/** Reads articles and the claims marked in them, filtered to what the viewer may see. */
export function createArticlesService({ db }: ArticlesServiceDeps) {
  /** The claim filter every read goes through: readers only ever get public claims. */
  function visibleClaims(viewer: Viewer): SQL | undefined {
    return seesUnpublished(viewer) ? undefined : inArray(claims.status, [...PUBLIC_CLAIM_STATUSES])
  }

  /**
   * One page of articles, newest first, optionally those whose title or outlet contains `q`.
   * Keyset paging over (created_at desc, id asc): a page never shifts when articles are added.
   * Shaped for articles_created_idx: the page is read in index order and stops at the limit; claims
   * are counted per listed article, never grouped over the whole table (bench/README.md).
   */
  async function list(viewer: Viewer, query: ArticleListQuery = { limit: 25 }): Promise<ArticleList> {
    if (!seesUnpublished(viewer)) return listPublished(query)
    const visible = visibleClaims(viewer)
    const ofArticle = and(eq(claims.articleId, articles.id), visible)
    const after = query.cursor === undefined ? undefined : decodeTimestampCursor(query.cursor)
    const pattern = likePattern(query.q)
    const rows = await db
      .select({
        id: articles.id,
        title: articles.title,
        outlet: entities.name,
        url: articles.url,
        byline: articles.byline,
        publishedAt: articles.publishedOn,
        language: articles.language,
        claimCount: sql<number>`(select count(*) from ${claims} where ${ofArticle})`.mapWith(Number),
        // As UTC text, to keep PostgreSQL's microseconds (a Date has milliseconds) in the cursor.
        createdAt: timestampKey(articles.createdAt),
      })
      .from(articles)
      .leftJoin(entities, eq(entities.id, articles.outletId))
      .where(
        and(
          pattern === undefined
            ? undefined
            : or(ilike(articles.title, pattern), ilike(entities.name, pattern)),
          keysetAfter(after),
        ),
      )
      .orderBy(desc(articles.createdAt), asc(articles.id))
      .limit(query.limit + 1)
    const page = rows.slice(0, query.limit)
    const last = page.at(-1)
    return {
      items: page.map(({ createdAt: _cursorOnly, ...summary }) => summary),
      nextCursor: rows.length > query.limit && last ? encodeCursor([last.createdAt, last.id]) : null,
    }
  }

  /**
   * A reader's list of articles, made like the reader's article view of the published records
   * only (docs/decisions/019-publication-snapshots.md): an article is listed once a claim about it
   * is public, its title, outlet and byline are those of its newest record, and its count is the
   * number of its public claims. Renaming the article or its outlet, or a claim changing status on
   * the desk, changes nothing here until an editor acts. Same keyset order as the desk's list.
   */
  async function listPublished(query: ArticleListQuery): Promise<ArticleList> {
    const latest = sql<PublishedArticle>`(select ${publishedClaims.record} -> 'detail' -> 'article'
      from ${publishedClaims} where ${publishedClaims.articleId} = ${articles.id}
      order by ${publishedClaims.recordedAt} desc, ${publishedClaims.claimId} asc limit 1)`
    const after = query.cursor === undefined ? undefined : decodeTimestampCursor(query.cursor)
    const pattern = likePattern(query.q)
    const rows = await db
      .select({
        id: articles.id,
        published: latest,
        claimCount: sql<number>`(select count(*) from ${publishedClaims}
          where ${publishedClaims.articleId} = ${articles.id})`.mapWith(Number),
        createdAt: timestampKey(articles.createdAt),
      })
      .from(articles)
      .where(
        and(
          exists(
            db
              .select({ one: sql`1` })
              .from(publishedClaims)
              .where(eq(publishedClaims.articleId, articles.id)),
          ),
          pattern === undefined
            ? undefined
            : sql`(${latest} ->> 'title' ilike ${pattern} or ${latest} -> 'outlet' ->> 'name' ilike ${pattern})`,
          keysetAfter(after),
        ),
      )
      .orderBy(desc(articles.createdAt), asc(articles.id))
      .limit(query.limit + 1)
    const page = rows.slice(0, query.limit)
    const last = page.at(-1)
    return {
      items: page.map(({ id, published, claimCount }) => ({
        id,
        title: published.title,
        outlet: published.outlet?.name ?? null,
        url: published.url,
        byline: published.byline,
        publishedAt: published.publishedOn,
        language: published.language,
        claimCount,
      })),
      nextCursor: rows.length > query.limit && last ? encodeCursor([last.createdAt, last.id]) : null,
    }
  }

  /**
   * A reader's view of an article is made of the published records of its claims, never of the
   * working rows (docs/decisions/019-publication-snapshots.md): the text is the newest version
   * a published claim was checked against, and a new text a checker imports changes nothing here
   * until an editor corrects a claim against it. A claim checked against an older text than the one
   * shown is listed but not placed in it (its offsets are into its own version).
   */
  async function getPublished(articleId: string): Promise<ArticleDetail> {
    return db.transaction(
      async (tx) => {
        const records = await tx
          .select({ record: publishedClaims.record, number: articleVersions.number })
          .from(publishedClaims)
          .innerJoin(articleVersions, eq(articleVersions.id, publishedClaims.articleVersionId))
          .where(eq(publishedClaims.articleId, articleId))
          .orderBy(desc(publishedClaims.recordedAt), asc(publishedClaims.claimId))
        const latest = records[0]
        if (!latest) throw new NotFoundError('Article')
        const shown = records.reduce((a, b) => (b.number > a.number ? b : a))
        const versionId = (shown.record as PublicationRecord).detail.quote.articleVersionId
        const [version] = await tx.select().from(articleVersions).where(eq(articleVersions.id, versionId))
        if (!version) throw new NotFoundError('Article')
        const { article } = (latest.record as PublicationRecord).detail
        const claimsShown = records
          .map(({ record }) => {
            const c = (record as PublicationRecord).inArticle
            return c.anchor.articleVersionId === versionId
              ? c
              : { ...c, anchor: { ...c.anchor, orphaned: true } }
          })
          .sort((a, b) => a.anchor.start - b.anchor.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        return {
          id: article.id,
          title: article.title,
          outlet: article.outlet?.name ?? null,
          url: article.url,
          byline: article.byline,
          publishedAt: article.publishedOn,
          language: article.language,
          claimCount: claimsShown.length,
          version: {
            id: version.id,
            number: version.number,
            sha256: version.sha256,
            body: version.body,
            importedAt: version.importedAt.toISOString(),
          },
          claims: claimsShown,
        }
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    )
  }

  async function get(viewer: Viewer, articleId: string): Promise<ArticleDetail> {
    if (!seesUnpublished(viewer)) return getPublished(articleId)
    const article = await db.query.articles.findFirst({
      where: eq(articles.id, articleId),
      with: {
        outlet: true,
        versions: { orderBy: desc(articleVersions.number), limit: 1 },
      },
    })
    const version = article?.versions[0]
    if (!article || !version) throw new NotFoundError('Article')

    const rows = await loadClaimViews(db, and(eq(claims.articleId, articleId), visibleClaims(viewer)))
    // An article says nothing to a reader until the desk has published something about it.
    if (!seesUnpublished(viewer) && rows.length === 0) throw new NotFoundError('Article')

    const summary: ArticleSummary = {
      id: article.id,
      title: article.title,
      outlet: article.outlet?.name ?? null,
      url: article.url,
      byline: article.byline,
      publishedAt: article.publishedOn,
      language: article.language,
      claimCount: rows.length,
    }
    return {
      ...summary,
      version: {
        id: version.id,
        number: version.number,
        sha256: version.sha256,
        body: version.body,
        importedAt: version.importedAt.toISOString(),
      },
      claims: rows.map(toClaimInArticle),
    }
  }

  return { list, get }
}

export type ArticlesService = ReturnType<typeof createArticlesService>
