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
    const visible = visibleClaims(viewer)
    const ofArticle = and(eq(claims.articleId, articles.id), visible)
    const after = query.cursor === undefined ? undefined : decodeTimestampCursor(query.cursor)
    const pattern = query.q === undefined ? undefined : `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
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
          // `created_at <= x` alone is an index bound; the OR then only breaks ties at x.
          after === undefined
            ? undefined
            : and(
                sql`${articles.createdAt} <= ${after.at}::timestamptz`,
                or(sql`${articles.createdAt} < ${after.at}::timestamptz`, gt(articles.id, after.id)),
              ),
          // A reader sees an article once the desk has published something about it.
          seesUnpublished(viewer)
            ? undefined
            : exists(db.select({ one: sql`1` }).from(claims).where(ofArticle)),
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
