import type { WatchCheckResult } from '@claimtrail/contracts'
import { appendEvent, type Db, schema, type Tx } from '@claimtrail/db'
import { eq, sql } from 'drizzle-orm'
import { AppError, NotFoundError, UpstreamError } from '../../errors.ts'
import type { Author } from '../actor.ts'
import { decodeBody, type FetchedBody, isHtml } from '../article-import/fetch-article.ts'
import type { ArticleImportService, PreparedText } from '../article-import-service.ts'
import { sha256Hex } from '../evidence/evidence-capture-fetch.ts'
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

/** Evidence that is not text (a PDF, an image): compared by the SHA-256 of its bytes. */
interface BytesSeen {
  sha256: string
  size: number
}

/** What the page answered: its text, or for evidence that is not text its bytes' hash. */
type Seen =
  | { alive: true; text: PreparedText; bytes?: undefined; movedTo?: string | undefined }
  | { alive: true; bytes: BytesSeen; text?: undefined; movedTo?: string | undefined }
  | { alive: false; httpStatus: number }

interface Found {
  outcome: WatchCheckResult['outcome']
  change?: {
    kind: ChangeKind
    httpStatus?: number
    diff?: string | null
    summary?: string | null
    articleVersionId?: string | null
  }
}

export interface WatchCheckerDeps {
  db: Db
  articleImport: Pick<ArticleImportService, 'fetchText' | 'textOfPage' | 'writeVersion'>
  /** Fetches an evidence address under the capture's rules and byte cap (any content type). */
  fetchEvidence: (url: string) => Promise<FetchedBody>
}

/**
 * The job that checks one watched address (the job runner's handler for `source_watch.check`):
 * fetches it through the import's safe fetch and extraction, compares the text with the last one
 * seen, and records what changed. A changed article becomes a new version through the import's own
 * write (re-anchoring, change flags for published claims); a changed evidence link gets a diff.
 * A failed fetch records the error and fails the job, leaving the last good state as it was.
 */
export function createWatchChecker({ db, articleImport, fetchEvidence }: WatchCheckerDeps) {
  /** An evidence page's text as an article's would be read; anything else by its bytes' hash. */
  async function lookAtEvidence(url: string): Promise<Seen> {
    const body = await fetchEvidence(url)
    if (isHtml(body) || body.mediaType === 'text/plain') {
      const format = isHtml(body) ? 'html' : 'text'
      const text = await articleImport.textOfPage({ url: body.url, format, content: decodeBody(body) })
      return { alive: true, text, movedTo: body.movedTo }
    }
    return {
      alive: true,
      bytes: { sha256: sha256Hex(body.bytes), size: body.bytes.length },
      movedTo: body.movedTo,
    }
  }

  async function look(source: Source, author: Author): Promise<Seen> {
    try {
      if (source.kind === 'evidence') return await lookAtEvidence(source.url)
      const text = await articleImport.fetchText(source.url)
      return { alive: true, text, movedTo: text.movedTo }
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
    if (source.kind === 'article' && seen.text) return compareArticle(source, seen.text, author, context)
    if (seen.bytes) return compareBytes(source, seen.bytes)
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
        summary: change.summary ?? null,
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
        summary: change.summary ?? null,
        articleVersionId: change.articleVersionId ?? null,
      },
      requestId: author.requestId,
    })
    return row.id
  }

  /**
   * A page that moved for good (permanent redirects to another address) is watched at its new
   * address from now on, rather than redirected on every check (or lost when the old one goes).
   */
  async function follow(tx: Tx, source: Source, seen: Seen, author: Author): Promise<{ url?: string }> {
    if (!seen.alive || !seen.movedTo || seen.movedTo === source.url) return {}
    await appendEvent(tx, {
      actorId: author.id,
      action: 'watch.source_followed',
      subjectType: 'watched_source',
      subjectId: source.id,
      before: { url: source.url },
      after: { url: seen.movedTo, from: source.url, to: seen.movedTo },
      requestId: author.requestId,
    })
    return { url: seen.movedTo }
  }

  async function record(tx: Tx, source: Source, seen: Seen, found: Found, author: Author) {
    const changeId = found.change ? await insertChange(tx, source, found.change, author) : null
    const moved = await follow(tx, source, seen, author)
    await tx
      .update(watchedSources)
      .set({ ...stateAfter(source, seen), ...moved, ...(changeId ? { lastChangeAt: sql`now()` } : {}) })
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

const short = (sha256: string | null) => (sha256 ? sha256.slice(0, 12) : '?')

/**
 * Evidence that is not text (ADR 021), compared by the SHA-256 of its bytes: a changed hash is a
 * change with a summary of the two hashes and sizes, and no diff.
 */
function compareBytes(source: Source, bytes: BytesSeen): Found {
  const changed = source.lastSha256 !== null && source.lastSha256 !== bytes.sha256
  const summary = changed
    ? `bytes changed: sha256 ${short(source.lastSha256)}→${short(bytes.sha256)}, size ${source.lastByteSize ?? '?'}→${bytes.size}`
    : null
  if (source.lastStatus === 'dead') return { outcome: 'recovered', change: { kind: 'recovered', summary } }
  if (changed) return { outcome: 'changed', change: { kind: 'changed', summary } }
  return unchanged(source)
}

/** The last good state after a check that got an answer. */
function stateAfter(source: Source, seen: Seen) {
  const common = { lastCheckedAt: sql`now()`, lastError: null, updatedAt: sql`now()` }
  // A dead page keeps the last text it had: when it answers again, that is what it is compared with.
  if (!seen.alive) return { ...common, lastStatus: 'dead', lastHttpStatus: seen.httpStatus }
  const alive = { ...common, lastStatus: 'alive', lastHttpStatus: null }
  if (seen.bytes) {
    return { ...alive, lastSha256: seen.bytes.sha256, lastText: null, lastByteSize: seen.bytes.size }
  }
  return {
    ...alive,
    lastSha256: seen.text.sha256,
    lastText: source.kind === 'evidence' ? seen.text.body : null,
    lastByteSize: null,
  }
}

async function loadSource(db: Db, id: string): Promise<Source> {
  const [source] = await db.select().from(watchedSources).where(eq(watchedSources.id, id))
  if (!source) throw new NotFoundError('Watched source')
  return source
}
