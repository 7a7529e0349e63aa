import type { WatchCheckResult } from '@claimtrail/contracts'
import { appendEvent, type Db, schema, type Tx } from '@claimtrail/db'
import { eq, sql } from 'drizzle-orm'
import { AppError, NotFoundError, UpstreamError } from '../../errors.ts'
import type { Author } from '../actor.ts'
import type { ArticleImportService, PreparedText } from '../article-import-service.ts'
import type { JobContext } from '../jobs/job-runner.ts'
import type { JobRow } from '../jobs/jobs-service.ts'
import { textDiff } from './text-diff.ts'

const { watchedSources, sourceWatchChanges } = schema

type Source = typeof watchedSources.$inferSelect
type ChangeKind = 'changed' | 'dead' | 'recovered'

/** What a check job carries. */
export interface CheckJobInput {
  watchedSourceId: string
}

/**
 * Answers that say the page is gone, not that the server is having a bad moment: Not Found, Gone,
 * Unavailable For Legal Reasons. Anything else that fails (a timeout, a 5xx, a refused connection)
 * is a failed check, which keeps the last good state (docs/decisions/021-source-watching.md).
 */
const DEAD_STATUSES = new Set([404, 410, 451])

type Seen = { alive: true; text: PreparedText } | { alive: false; httpStatus: number }

interface Found {
  outcome: WatchCheckResult['outcome']
  change?: { kind: ChangeKind; httpStatus?: number; diff?: string | null; articleVersionId?: string | null }
}

export interface WatchCheckerDeps {
  db: Db
  articleImport: Pick<ArticleImportService, 'fetchText' | 'writeVersion'>
}

/**
 * The job that checks one watched address (the job runner's handler for `source_watch.check`):
 * fetches it through the import's safe fetch and extraction, compares the text with the last one
 * seen, and records what changed. A changed article becomes a new version through the import's own
 * write (re-anchoring, change flags for published claims); a changed evidence link gets a diff.
 * A failed fetch records the error and fails the job, leaving the last good state as it was.
 */
export function createWatchChecker({ db, articleImport }: WatchCheckerDeps) {
  async function look(source: Source, author: Author): Promise<Seen> {
    try {
      return { alive: true, text: await articleImport.fetchText(source.url) }
    } catch (error) {
      const status =
        error instanceof UpstreamError ? (error.details as { status?: number })?.status : undefined
      if (status !== undefined && DEAD_STATUSES.has(status)) return { alive: false, httpStatus: status }
      await recordFailure(source, author, error)
      throw error
    }
  }

  async function recordFailure(source: Source, author: Author, error: unknown) {
    const message = error instanceof AppError ? error.message : 'The check failed unexpectedly'
    await db.transaction(async (tx) => {
      await tx
        .update(watchedSources)
        .set({ lastError: message, lastCheckedAt: sql`now()`, updatedAt: sql`now()` })
        .where(eq(watchedSources.id, source.id))
      await appendEvent(tx, {
        actorId: author.id,
        action: 'watch.check_failed',
        subjectType: 'watched_source',
        subjectId: source.id,
        after: { url: source.url, error: message },
        requestId: author.requestId,
      })
    })
  }

  /** A changed article page becomes a new version, written as an import writes it. */
  async function newArticleVersion(source: Source, text: PreparedText, author: Author, context: JobContext) {
    if (!source.articleId) return null
    const imported = await articleImport.writeVersion(author, source.articleId, text, {
      timeoutMs: Math.max(1, context.remainingMs()),
      phase: context.phase,
    })
    return imported.created ? imported.version.id : null
  }

  async function compareArticle(source: Source, text: PreparedText, author: Author, context: JobContext) {
    const textChanged = source.lastSha256 !== null && source.lastSha256 !== text.sha256
    const versionId = textChanged ? await newArticleVersion(source, text, author, context) : null
    if (source.lastStatus === 'dead') {
      return {
        outcome: 'recovered',
        change: { kind: 'recovered', articleVersionId: versionId },
      } satisfies Found
    }
    if (versionId)
      return { outcome: 'changed', change: { kind: 'changed', articleVersionId: versionId } } satisfies Found
    return unchanged(source)
  }

  async function compare(source: Source, seen: Seen, author: Author, context: JobContext): Promise<Found> {
    if (!seen.alive) {
      if (source.lastStatus === 'dead') return { outcome: 'unchanged' }
      return { outcome: 'dead', change: { kind: 'dead', httpStatus: seen.httpStatus } }
    }
    if (source.kind === 'article') return compareArticle(source, seen.text, author, context)
    return compareEvidence(source, seen.text)
  }

  async function insertChange(tx: Tx, source: Source, change: NonNullable<Found['change']>, author: Author) {
    const [row] = await tx
      .insert(sourceWatchChanges)
      .values({
        watchedSourceId: source.id,
        kind: change.kind,
        httpStatus: change.httpStatus ?? null,
        diff: change.diff ?? null,
        articleVersionId: change.articleVersionId ?? null,
      })
      .returning()
    if (!row) throw new Error('watch change insert returned nothing')
    await appendEvent(tx, {
      actorId: author.id,
      action: 'watch.change_detected',
      subjectType: 'source_watch_change',
      subjectId: row.id,
      after: {
        watchedSourceId: source.id,
        url: source.url,
        kind: change.kind,
        httpStatus: change.httpStatus ?? null,
        articleVersionId: change.articleVersionId ?? null,
      },
      requestId: author.requestId,
    })
    return row.id
  }

  async function record(tx: Tx, source: Source, seen: Seen, found: Found, author: Author) {
    const changeId = found.change ? await insertChange(tx, source, found.change, author) : null
    await tx
      .update(watchedSources)
      .set({ ...stateAfter(source, seen), ...(changeId ? { lastChangeAt: sql`now()` } : {}) })
      .where(eq(watchedSources.id, source.id))
    await appendEvent(tx, {
      actorId: author.id,
      action: 'watch.checked',
      subjectType: 'watched_source',
      subjectId: source.id,
      after: { url: source.url, outcome: found.outcome },
      requestId: author.requestId,
    })
    return changeId
  }

  return async function runCheck(job: JobRow, context: JobContext): Promise<WatchCheckResult> {
    const { watchedSourceId } = job.input as CheckJobInput
    const author: Author = { id: job.ownerId, requestId: job.requestId ?? job.id }
    const source = await loadSource(db, watchedSourceId)
    const seen = await look(source, author)
    const found = await compare(source, seen, author, context)
    await context.phase('writing')
    const recorded = await db.transaction(async (tx) => {
      // Serialises two checks of one source (a "check now" beside the schedule): one that finds
      // the state moved since it started leaves the record to the check that moved it.
      const [current] = await tx
        .select()
        .from(watchedSources)
        .where(eq(watchedSources.id, source.id))
        .for('update')
      if (!current) throw new NotFoundError('Watched source')
      const moved =
        current.url !== source.url ||
        current.lastSha256 !== source.lastSha256 ||
        current.lastStatus !== source.lastStatus
      if (moved) return undefined
      return { changeId: await record(tx, current, seen, found, author) }
    })
    if (!recorded) return { watchedSourceId, outcome: 'unchanged', changeId: null }
    return { watchedSourceId, outcome: found.outcome, changeId: recorded.changeId }
  }
}

const unchanged = (source: Source): Found => ({
  outcome: source.lastSha256 === null ? 'baseline' : 'unchanged',
})

/** An evidence link's text compared with the last one seen, with a diff when it changed. */
function compareEvidence(source: Source, text: PreparedText): Found {
  const textChanged = source.lastSha256 !== null && source.lastSha256 !== text.sha256
  const diff = textChanged && source.lastText !== null ? textDiff(source.lastText, text.body) : null
  if (source.lastStatus === 'dead') return { outcome: 'recovered', change: { kind: 'recovered', diff } }
  if (textChanged) return { outcome: 'changed', change: { kind: 'changed', diff } }
  return unchanged(source)
}

/** The last good state after a check that got an answer. */
function stateAfter(source: Source, seen: Seen) {
  const common = { lastCheckedAt: sql`now()`, lastError: null, updatedAt: sql`now()` }
  // A dead page keeps the last text it had: when it answers again, that is what it is compared with.
  if (!seen.alive) return { ...common, lastStatus: 'dead', lastHttpStatus: seen.httpStatus }
  return {
    ...common,
    lastStatus: 'alive',
    lastHttpStatus: null,
    lastSha256: seen.text.sha256,
    lastText: source.kind === 'evidence' ? seen.text.body : null,
  }
}

async function loadSource(db: Db, id: string): Promise<Source> {
  const [source] = await db.select().from(watchedSources).where(eq(watchedSources.id, id))
  if (!source) throw new NotFoundError('Watched source')
  return source
}
