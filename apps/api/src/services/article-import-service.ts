import { createHash } from 'node:crypto'
import type {
  ArticleSource,
  ArticleVersionBody,
  ArticleVersionList,
  CreateArticle,
  CreatedArticle,
  ImportArticleVersion,
  ImportedVersion,
  Job,
} from '@claimtrail/contracts'
import type { ClaimReanchorPlan } from '@claimtrail/core'
import { type Db, schema, type Tx } from '@claimtrail/db'
import { and, asc, eq } from 'drizzle-orm'
import { ConflictError, InvalidError, NotFoundError, TooLargeError, UnprocessableError } from '../errors.ts'
import type { WorkerPool } from '../workers/worker-pool.ts'
import type { Actor, Author } from './actor.ts'
import { flagPublishedClaims } from './article-change-flags-service.ts'
import {
  currentVersion,
  insertVersion,
  listOrphans,
  type PreparedText,
  requireArticle,
  toVersionInfo,
  versionInfoColumns,
} from './article-import/article-versions.ts'
import { type FetchedPage, type FetchPolicy, fetchArticle } from './article-import/fetch-article.ts'
import { articleValues, findOutlet, insertArticle, toSummary } from './article-import/new-article.ts'
import { normalisePlainText } from './article-import/plain-text.ts'
import {
  applyReanchorPlan,
  type ReanchorSnapshot,
  readReanchorSnapshot,
  reanchorInput,
  StaleReanchorPlan,
} from './article-import/reanchor-claims.ts'
import type { JobContext } from './jobs/job-runner.ts'
import type { JobRow, JobsService } from './jobs/jobs-service.ts'
import { watchArticle } from './source-watch/watched-set.ts'

export type { PreparedText }

const { articles, articleVersions } = schema

export interface ArticleImportServiceDeps {
  db: Db
  fetchPolicy: FetchPolicy
  /** How long the extraction of an HTML page's text may run. */
  extractTimeoutMs: number
  /** Where HTML-to-text and re-anchoring run, off the request thread (ADR 014). */
  workers: WorkerPool
  jobs: JobsService
  /** Longest article text accepted, after extraction (ARTICLE_MAX_CHARS). */
  maxChars: number
  /** A new version longer than this is imported as a job: 202 at once (JOB_THRESHOLD_CHARS). */
  jobThresholdChars: number
}

/** What an import job carries: the prepared text, so the page is never fetched twice. */
interface ImportJobInput {
  actorRole: Actor['role']
  text: PreparedText
}

export type ImportVersionOutcome = ImportedVersion | { job: Job }

/** Hooks of a write run by a job: its deadline, and the steps it reports. */
interface WriteOptions {
  timeoutMs?: number
  phase?: (phase: 'computing' | 'writing') => Promise<void>
}

// A new version computed from claims that changed meanwhile is computed again, this many times.
const STALE_PLAN_ATTEMPTS = 3

/**
 * Article import: new articles from text, HTML or a URL, new versions of their text (each one
 * immutable), and the re-anchoring of every claim when the text changes. One transaction per
 * request; the page fetch and HTML extraction happen before it opens.
 */
export function createArticleImportService({
  db,
  fetchPolicy,
  extractTimeoutMs,
  workers,
  jobs,
  maxChars,
  jobThresholdChars,
}: ArticleImportServiceDeps) {
  const htmlToText = (html: string) => workers.htmlToText(html, extractTimeoutMs)

  /** A fetched page's text (HTML reduced in the worker pool), refused when empty or too long. */
  async function textOfPage(page: FetchedPage): Promise<PreparedText> {
    const body = page.format === 'html' ? await htmlToText(page.content) : normalisePlainText(page.content)
    if (body.trim() === '') {
      throw new UnprocessableError(`${page.url} has no readable article text`, { url: page.url }, 'NO_TEXT')
    }
    if (body.length > maxChars) {
      throw new UnprocessableError(
        `The text of ${page.url} is longer than ${maxChars} characters`,
        { url: page.url },
        'TOO_LARGE',
      )
    }
    const sha256 = createHash('sha256').update(body, 'utf8').digest('hex')
    return {
      body,
      sha256,
      sourceFormat: 'url',
      fetchedUrl: page.url,
      ...(page.movedTo ? { movedTo: page.movedTo } : {}),
    }
  }

  async function prepare(source: ArticleSource): Promise<PreparedText> {
    let body: string
    let field: string
    if (source.format === 'text') {
      body = normalisePlainText(source.text)
      field = 'source.text'
    } else if (source.format === 'html') {
      body = await htmlToText(source.html)
      field = 'source.html'
    } else {
      return textOfPage(await fetchArticle(source.url, fetchPolicy))
    }
    if (body.trim() === '') {
      throw new InvalidError(`${field}: there is no article text in it`, { field })
    }
    if (body.length > maxChars) {
      throw new TooLargeError(
        `${field}: the article text is ${body.length} characters; the limit is ${maxChars} (ARTICLE_MAX_CHARS)`,
        { field, length: body.length, limit: maxChars },
      )
    }
    const sha256 = createHash('sha256').update(body, 'utf8').digest('hex')
    return { body, sha256, sourceFormat: source.format }
  }

  async function create(actor: Actor, input: CreateArticle): Promise<CreatedArticle> {
    const text = await prepare(input.source)
    return db.transaction(async (tx) => {
      const outlet = input.outlet ? await findOutlet(tx, input.outlet) : null
      const article = await insertArticle(tx, actor, articleValues(actor, input, text, outlet))
      const version = await insertVersion(tx, actor, article.id, 1, text)
      // Imported from a web address: the page is watched for changes (ADR 021).
      if (input.source.format === 'url') {
        await watchArticle(tx, article.id, text.fetchedUrl ?? input.source.url, text.sha256)
      }
      return { article: toSummary(article, outlet), version }
    })
  }

  async function importVersion(
    actor: Actor,
    articleId: string,
    input: ImportArticleVersion,
  ): Promise<ImportVersionOutcome> {
    // A missing article is answered before any page is fetched for it.
    await requireArticle(db, articleId)
    const text = await prepare(input.source)
    if (text.body.length <= jobThresholdChars) return writeVersion(actor, articleId, text)
    // Long: re-anchoring may take a while, so the desk gets a job to watch (ADR 014).
    const job = await db.transaction(async (tx) => {
      await requireArticle(tx, articleId)
      const payload: ImportJobInput = { actorRole: actor.role, text }
      return jobs.enqueue(tx, actor, {
        kind: 'article_version.import',
        articleId,
        input: payload,
        summary: { sha256: text.sha256, length: text.body.length },
      })
    })
    jobs.notify()
    return { job }
  }

  /** The job runner's side of a long import (job-runner.ts). */
  async function runImportJob(job: JobRow, context: JobContext): Promise<ImportedVersion> {
    const input = job.input as ImportJobInput
    if (!job.articleId || !job.ownerId) throw new NotFoundError('Article')
    const actor: Actor = { id: job.ownerId, role: input.actorRole, requestId: job.requestId ?? job.id }
    return writeVersion(actor, job.articleId, input.text, {
      timeoutMs: Math.max(1, context.remainingMs()),
      phase: context.phase,
    })
  }

  /**
   * A new version and its claims re-anchored (ADR 014): the plan is computed in the worker pool
   * from a snapshot read outside any transaction, then one short transaction checks that the
   * current version and every anchor are still those the plan was computed from, and writes.
   * Changed meanwhile: computed again, and after STALE_PLAN_ATTEMPTS a 409.
   */
  async function writeVersion(
    actor: Author,
    articleId: string,
    text: PreparedText,
    options: WriteOptions = {},
  ): Promise<ImportedVersion> {
    for (let attempt = 1; ; attempt++) {
      const current = await currentVersion(db, articleId)
      if (current && current.sha256 === text.sha256)
        return { created: false, version: toVersionInfo(current) }
      const { snapshot, plan } = await computePlan(articleId, text, options)
      try {
        return await db.transaction((tx) =>
          commitVersion(tx, actor, articleId, text, { current, snapshot, plan }),
        )
      } catch (error) {
        throwUnlessStale(error, attempt)
      }
    }
  }

  /** The re-anchoring plan, computed in the worker pool from a snapshot read outside any transaction. */
  async function computePlan(articleId: string, text: PreparedText, options: WriteOptions) {
    await options.phase?.('computing')
    const snapshot = await readReanchorSnapshot(db, articleId)
    const plan =
      snapshot.claims.length > 0
        ? await workers.planReanchoring(reanchorInput(snapshot, text.body), options.timeoutMs)
        : []
    // A job past its deadline stops here, before writing anything.
    await options.phase?.('writing')
    return { snapshot, plan }
  }

  async function listVersions(articleId: string): Promise<ArticleVersionList> {
    await requireArticle(db, articleId)
    const rows = await db
      .select(versionInfoColumns)
      .from(articleVersions)
      .where(eq(articleVersions.articleId, articleId))
      .orderBy(asc(articleVersions.number))
    return { items: rows.map(toVersionInfo) }
  }

  async function getVersion(articleId: string, number: number): Promise<ArticleVersionBody> {
    const [row] = await db
      .select({ ...versionInfoColumns, body: articleVersions.body })
      .from(articleVersions)
      .where(and(eq(articleVersions.articleId, articleId), eq(articleVersions.number, number)))
    if (!row) {
      await requireArticle(db, articleId)
      throw new NotFoundError(`Version ${number} of this article`)
    }
    return { ...toVersionInfo(row), body: row.body }
  }

  /**
   * A watched article's page fetched again (ADR 021): its text as an import would extract it, for
   * the watcher to compare, and written as a new version the same way an import does.
   */
  const fetchText = (url: string) => prepare({ format: 'url', url })

  return {
    create,
    importVersion,
    runImportJob,
    writeVersion,
    fetchText,
    textOfPage,
    listVersions,
    getVersion,
    orphans: (articleId: string) => listOrphans(db, articleId),
  }
}

export type ArticleImportService = ReturnType<typeof createArticleImportService>

/** A stale plan is computed again, up to STALE_PLAN_ATTEMPTS times; anything else is thrown. */
function throwUnlessStale(error: unknown, attempt: number): void {
  if (!(error instanceof StaleReanchorPlan)) throw error
  if (attempt >= STALE_PLAN_ATTEMPTS) {
    throw new ConflictError(
      'The article’s claims kept changing while the new text was being re-anchored; import it again',
    )
  }
}

/**
 * The transaction of writeVersion: checks that the current version is still the one the plan was
 * computed from (StaleReanchorPlan otherwise), then writes the version, the re-anchored claims and
 * the flags of published claims.
 */
async function commitVersion(
  tx: Tx,
  actor: Author,
  articleId: string,
  text: PreparedText,
  {
    current,
    snapshot,
    plan,
  }: { current: { id: string } | undefined; snapshot: ReanchorSnapshot; plan: ClaimReanchorPlan[] },
): Promise<ImportedVersion> {
  // Serialises imports of one article: version numbers and re-anchoring never interleave.
  const [article] = await tx.select().from(articles).where(eq(articles.id, articleId)).for('update')
  if (!article) throw new NotFoundError('Article')
  const latest = await currentVersion(tx, articleId)
  if (latest?.id !== current?.id) throw new StaleReanchorPlan('another version arrived')
  const version = await insertVersion(tx, actor, articleId, (latest?.number ?? 0) + 1, text)
  await tx
    .update(articles)
    .set({ version: article.version + 1, updatedAt: new Date() })
    .where(eq(articles.id, articleId))
  const next = { id: version.id, body: text.body }
  const reanchored = await applyReanchorPlan(tx, articleId, snapshot, plan, next, actor)
  // Published claims keep their public record and get a flag for editors (ADR 019).
  await flagPublishedClaims(tx, actor, articleId, { ...next, number: version.number })
  return { created: true as const, version, reanchored }
}
