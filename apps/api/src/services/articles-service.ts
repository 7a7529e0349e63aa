import {
  type ArticleDetail,
  type ArticleList,
  type ArticleSummary,
  type ClaimInArticle,
  PUBLIC_CLAIM_STATUSES,
} from '@claimtrail/contracts'
import { type Db, schema } from '@claimtrail/db'
import { and, asc, count, desc, eq, gt, inArray, type SQL } from 'drizzle-orm'
import { NotFoundError } from '../errors.ts'
import { seesUnpublished, type Viewer } from './viewer.ts'

const { articles, articleVersions, claims, entities } = schema

export interface ArticlesServiceDeps {
  db: Db
}

/** Reads articles and the claims marked in them, filtered to what the viewer may see. */
export function createArticlesService({ db }: ArticlesServiceDeps) {
  /** The claim filter every read goes through: readers only ever get public claims. */
  function visibleClaims(viewer: Viewer): SQL | undefined {
    return seesUnpublished(viewer) ? undefined : inArray(claims.status, [...PUBLIC_CLAIM_STATUSES])
  }

  async function list(viewer: Viewer): Promise<ArticleList> {
    const claimCount = count(claims.id)
    const rows = await db
      .select({
        id: articles.id,
        title: articles.title,
        outlet: entities.name,
        url: articles.url,
        byline: articles.byline,
        publishedAt: articles.publishedOn,
        language: articles.language,
        claimCount,
      })
      .from(articles)
      .leftJoin(entities, eq(entities.id, articles.outletId))
      .leftJoin(claims, and(eq(claims.articleId, articles.id), visibleClaims(viewer)))
      .groupBy(articles.id, entities.name)
      .having(seesUnpublished(viewer) ? undefined : gt(claimCount, 0))
      .orderBy(desc(articles.createdAt), asc(articles.id))
    return { items: rows }
  }

  async function get(viewer: Viewer, articleId: string): Promise<ArticleDetail> {
    const article = await db.query.articles.findFirst({
      where: eq(articles.id, articleId),
      with: {
        outlet: true,
        versions: { orderBy: desc(articleVersions.number), limit: 1 },
      },
    })
    const version = article?.versions[0]
    if (!article || !version) throw new NotFoundError('Article')

    const rows = await loadClaims(db, and(eq(claims.articleId, articleId), visibleClaims(viewer)))
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

type EntityRow = { id: string; name: string; kind: ClaimInArticle['subjects'][number]['kind'] }
const ref = (e: EntityRow) => ({ id: e.id, name: e.name, kind: e.kind })

/** Claims with everything the article reader shows, in text order. */
function loadClaims(db: Db, where: SQL | undefined) {
  return db.query.claims.findMany({
    where,
    orderBy: [asc(claims.anchorStart), asc(claims.anchorEnd)],
    with: {
      claimant: true,
      verdict: true,
      assessment: true,
      subjects: { with: { entity: true } },
      chains: {
        orderBy: (c, { asc }) => [asc(c.position)],
        with: { hops: { orderBy: (h, { asc }) => [asc(h.position)], with: { entity: true } } },
      },
      // Responses in the order their words appear in the text; unanchored ones last.
      responses: {
        orderBy: (r, { asc, sql }) => [sql`${r.wordsStart} asc nulls last`, asc(r.createdAt), asc(r.id)],
        with: { entity: true },
      },
    },
  })
}

type ClaimRow = Awaited<ReturnType<typeof loadClaims>>[number]

function toClaimInArticle(c: ClaimRow): ClaimInArticle {
  return {
    id: c.id,
    version: c.version,
    status: c.status,
    kind: c.kind,
    headline: c.headline,
    statement: c.statement,
    claimant: c.claimant ? ref(c.claimant) : null,
    subjects: c.subjects.map((s) => ref(s.entity)),
    hedges: c.hedges,
    anchor: {
      articleVersionId: c.articleVersionId,
      start: c.anchorStart,
      end: c.anchorEnd,
      exact: c.anchorExact,
      prefix: c.anchorPrefix,
      suffix: c.anchorSuffix,
      orphaned: c.orphaned,
    },
    chains: c.chains.map((chain) => ({
      id: chain.id,
      position: chain.position,
      hops: chain.hops.map((h) => ({
        id: h.id,
        position: h.position,
        entity: ref(h.entity),
        role: h.role,
        named: h.named,
        onRecord: h.onRecord,
        access: h.access,
        anonymityReasonGiven: h.anonymityReasonGiven,
        cue: h.cue,
        cueStart: h.cueStart,
        cueEnd: h.cueEnd,
      })),
    })),
    responses: c.responses.map((r) => ({
      id: r.id,
      entity: ref(r.entity),
      stance: r.stance,
      words: r.words,
      addressesPart: r.addressesPart,
      start: r.wordsStart,
      end: r.wordsEnd,
    })),
    verdict: c.verdict
      ? {
          id: c.verdict.id,
          label: c.verdict.label,
          colour: c.verdict.colour,
          ratingValue: c.verdict.ratingValue,
        }
      : null,
    rationale: c.rationale,
    sourcingGrade: c.assessment?.overrideGrade ?? c.assessment?.computedGrade ?? null,
  }
}
