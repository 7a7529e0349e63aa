import type {
  AcceptSuggestion,
  ArticleSuggestions,
  ClaimDetail,
  ClaimSuggestion,
  ComputeSuggestions,
  DismissSuggestion,
  SuggestionDecision,
  SuggestionsJob,
} from '@claimtrail/contracts'
import { type DatabaseHandle, type Db, type DbOrTx, schema } from '@claimtrail/db'
import { EXTRACTOR_VERSION } from '@claimtrail/extract'
import { and, desc, eq, sql } from 'drizzle-orm'
import { ConflictError, InvalidError, NotFoundError } from '../../errors.ts'
import type { WorkerPool } from '../../workers/worker-pool.ts'
import type { Actor } from '../actor.ts'
import type { JobContext } from '../jobs/job-runner.ts'
import type { JobRow, JobsService } from '../jobs/jobs-service.ts'
import { acceptSuggestion } from './accept-suggestion.ts'
import { decisionView, recordDecision, suggestionTypesOf } from './suggestion-decisions.ts'
import { createSuggestionsCache } from './suggestions-cache.ts'

const { articles, articleVersions, entities, suggestionDecisions } = schema

/**
 * The article and its current version without the version's text: deciding whether to answer at
 * once or with a job, and re-checking the version inside a transaction, need only its id, number
 * and length, and a 2 MiB text read (and decoded on the server's thread) for that is wasted.
 */
async function articleWithCurrentVersion(db: DbOrTx, articleId: string) {
  const [article] = await db
    .select({ id: articles.id, outletId: articles.outletId, outletName: entities.name })
    .from(articles)
    .leftJoin(entities, eq(entities.id, articles.outletId))
    .where(eq(articles.id, articleId))
  if (!article) throw new NotFoundError('Article')
  const [version] = await db
    .select({
      id: articleVersions.id,
      number: articleVersions.number,
      length: sql<number>`char_length(${articleVersions.body})`.mapWith(Number),
    })
    .from(articleVersions)
    .where(eq(articleVersions.articleId, articleId))
    .orderBy(desc(articleVersions.number))
    .limit(1)
  if (!version) throw new NotFoundError('Article version')
  return { article, version }
}

/**
 * A version's text as UTF-8 bytes, for the worker pool: moved there, never decoded on this thread
 * (DatabaseHandle.readUtf8; a 2 MiB text was 4 MiB of this heap per job, twice on PGlite).
 */
async function versionBytes(readUtf8: ReadUtf8, versionId: string): Promise<Uint8Array> {
  const bytes = await readUtf8(
    sql`select ${articleVersions.body} from ${articleVersions} where ${articleVersions.id} = ${versionId}`,
  )
  if (!bytes) throw new NotFoundError('Article version')
  return bytes
}

/** A version's text (versions are never edited: read once, it stays true). */
async function versionBody(db: DbOrTx, versionId: string): Promise<string> {
  const [row] = await db
    .select({ body: articleVersions.body })
    .from(articleVersions)
    .where(eq(articleVersions.id, versionId))
  if (!row) throw new NotFoundError('Article version')
  return row.body
}

/**
 * At most this many suggestions per article version: a long article (200 KB) has about a thousand
 * candidate claims, and the desk's list is virtualised to show them all (the extractor's own default
 * stops at 500).
 */
const MAX_SUGGESTIONS = 1_000

/** What a suggestions job keeps of its request: the options (the text is read when it runs). */
interface SuggestionsJobInput {
  articleVersionId: string
  options: ComputeSuggestions
}

type ReadUtf8 = DatabaseHandle['readUtf8']

export interface SuggestionsServiceDeps {
  db: Db
  /** A text read as bytes for another thread (DatabaseHandle.readUtf8). */
  readUtf8: ReadUtf8
  workers: WorkerPool
  jobs: JobsService
  /** An article longer than this gets its suggestions as a job: 202 at once (JOB_THRESHOLD_CHARS). */
  jobThresholdChars: number
  /** Memory for computed suggestions, per version (SUGGESTIONS_CACHE_MB; 0 turns it off). */
  cacheMegabytes: number
}

type ArticleAndVersion = Awaited<ReturnType<typeof articleWithCurrentVersion>>

/**
 * Automatic suggestions: computed from the current article version by the pure extractor in the
 * worker pool (its cost grows with the text; ADR 014), for a long article in a job the desk
 * watches, and accepted one at a time into a draft claim with its chain and responses, in one
 * transaction that only writes.
 */
export function createSuggestionsService({
  db,
  readUtf8,
  workers,
  jobs,
  jobThresholdChars,
  cacheMegabytes,
}: SuggestionsServiceDeps) {
  const cache = createSuggestionsCache(cacheMegabytes)

  /** The extractor's suggestions for a version: from the cache, or computed in the worker pool. */
  function suggestionsFor(
    versionId: string,
    publisher: string | null,
    timeoutMs?: number,
  ): Promise<ClaimSuggestion[]> {
    return cache.get(versionId, publisher, async () => {
      const result = await workers.suggest(
        await versionBytes(readUtf8, versionId),
        { maxClaims: MAX_SUGGESTIONS, ...(publisher ? { publisher } : {}) },
        timeoutMs,
      )
      return result.claims
    })
  }

  async function suggestionsOf(
    { article, version }: ArticleAndVersion,
    options: ComputeSuggestions,
    timeoutMs?: number,
  ): Promise<ArticleSuggestions> {
    const floor = options.minCheckWorthiness ?? 0
    const suggestions = await suggestionsFor(version.id, article.outletName, timeoutMs)
    // A dismissal holds for every checker and session: the suggestion is no longer offered.
    const dismissed = new Set(
      (
        await db
          .select({ suggestionId: suggestionDecisions.suggestionId })
          .from(suggestionDecisions)
          .where(
            and(
              eq(suggestionDecisions.articleVersionId, version.id),
              eq(suggestionDecisions.outcome, 'dismissed'),
            ),
          )
      ).map((r) => r.suggestionId),
    )
    return {
      articleId: article.id,
      articleVersionId: version.id,
      versionNumber: version.number,
      extractorVersion: EXTRACTOR_VERSION,
      dismissed: dismissed.size,
      suggestions: suggestions.filter((s) => s.checkWorthiness >= floor && !dismissed.has(s.id)),
    }
  }

  /**
   * The suggestions of the current version; for a text longer than JOB_THRESHOLD_CHARS a job to
   * watch instead (ADR 014), so that the request is answered at once whatever the text.
   */
  async function compute(
    actor: Actor,
    articleId: string,
    options: ComputeSuggestions = {},
  ): Promise<ArticleSuggestions | { job: SuggestionsJob }> {
    const read = await articleWithCurrentVersion(db, articleId)
    if (read.version.length <= jobThresholdChars) return suggestionsOf(read, options)
    const input: SuggestionsJobInput = { articleVersionId: read.version.id, options }
    const job = await db.transaction((tx) =>
      jobs.enqueue(tx, actor, {
        kind: 'article.suggestions',
        articleId,
        input,
        summary: { articleVersionId: read.version.id, length: read.version.length },
      }),
    )
    jobs.notify()
    return { job: job as SuggestionsJob }
  }

  /**
   * The job runner's side (job-runner.ts): the suggestions of the version current when the job
   * runs (the result names it, so a desk that imported a newer text meanwhile sees which one).
   */
  async function runSuggestionsJob(job: JobRow, context: JobContext): Promise<ArticleSuggestions> {
    if (!job.articleId) throw new NotFoundError('Article')
    const input = job.input as SuggestionsJobInput
    const read = await articleWithCurrentVersion(db, job.articleId)
    return suggestionsOf(read, input.options, Math.max(1, context.remainingMs()))
  }

  function assertCurrent(version: { id: string; number: number }, articleVersionId: string) {
    if (articleVersionId !== version.id) throw staleVersion(version)
  }

  /**
   * Dismisses one suggestion of the current version for everyone, recording what was wrong with it.
   * The extractor runs before the transaction; the transaction re-checks the version it read.
   */
  async function dismiss(
    actor: Actor,
    articleId: string,
    input: DismissSuggestion,
  ): Promise<SuggestionDecision> {
    const { article, version } = await articleWithCurrentVersion(db, articleId)
    if (input.articleVersionId !== version.id) throw staleVersion(version)
    const suggestion = (await suggestionsFor(version.id, article.outletName)).find(
      (s) => s.id === input.suggestionId,
    )
    if (!suggestion) throw new NotFoundError('Suggestion')
    const proposed = suggestionTypesOf(suggestion)
    const wrong = input.wrong ? [...new Set(input.wrong)] : proposed
    const unknown = wrong.filter((t) => !proposed.includes(t))
    if (unknown.length > 0) {
      throw new InvalidError(
        `wrong: this suggestion proposes no ${unknown.join(', ')} (it proposes ${proposed.join(', ') || 'nothing to judge'})`,
      )
    }
    return db.transaction(async (tx) => {
      const current = await articleWithCurrentVersion(tx, articleId)
      if (current.version.id !== version.id) throw staleVersion(current.version)
      const [already] = await tx
        .select({ id: suggestionDecisions.id })
        .from(suggestionDecisions)
        .where(
          and(
            eq(suggestionDecisions.articleVersionId, version.id),
            eq(suggestionDecisions.suggestionId, suggestion.id),
            eq(suggestionDecisions.outcome, 'dismissed'),
          ),
        )
      if (already) throw new ConflictError('This suggestion was already dismissed')
      const row = await recordDecision(tx, actor, {
        articleId,
        articleVersionId: version.id,
        suggestion,
        outcome: 'dismissed',
        wrongTypes: wrong,
        note: input.note ?? null,
      })
      return decisionView(row)
    })
  }

  async function accept(actor: Actor, articleId: string, input: AcceptSuggestion): Promise<ClaimDetail> {
    // The suggestion is computed again before the transaction; the transaction re-checks that
    // the version it was computed from is still the current one.
    const read = await articleWithCurrentVersion(db, articleId)
    assertCurrent(read.version, input.articleVersionId)
    const suggestion = (await suggestionsFor(read.version.id, read.article.outletName)).find(
      (s) => s.id === input.suggestionId,
    )
    if (!suggestion) throw new NotFoundError('Suggestion')
    // The same version's text, read before the transaction (a version never changes; the
    // transaction only re-checks that it is still the current one).
    const body = await versionBody(db, read.version.id)
    return db.transaction(async (tx) => {
      const { article, version } = await articleWithCurrentVersion(tx, articleId)
      assertCurrent(version, input.articleVersionId)
      return acceptSuggestion(tx, actor, { articleId, article, version, body, suggestion, input })
    })
  }

  return { compute, runSuggestionsJob, accept, dismiss }
}

function staleVersion(version: { id: string; number: number }) {
  return new ConflictError(
    `The article has a newer text (version ${version.number}); get the suggestions again`,
    { currentVersionId: version.id },
  )
}

export type SuggestionsService = ReturnType<typeof createSuggestionsService>
