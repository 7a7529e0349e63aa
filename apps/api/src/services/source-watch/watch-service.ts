import type { Job, SourceWatchChange, WatchedSource, WatchList } from '@claimtrail/contracts'
import { appendEvent, type Db, type DbOrTx, schema } from '@claimtrail/db'
import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm'
import { NotFoundError } from '../../errors.ts'
import type { Actor } from '../actor.ts'
import { type JobsService, jobViewColumns, toJob } from '../jobs/jobs-service.ts'
import type { CheckJobInput } from './watch-check.ts'

const { articles, articleVersions, evidence, jobs, sourceWatchChanges, users, watchedSources } = schema

// The watch page lists every watched source; beyond this many, the most recently changed.
const LIST_LIMIT = 1_000

const changeColumns = {
  id: sourceWatchChanges.id,
  watchedSourceId: sourceWatchChanges.watchedSourceId,
  kind: sourceWatchChanges.kind,
  detectedAt: sourceWatchChanges.detectedAt,
  httpStatus: sourceWatchChanges.httpStatus,
  diff: sourceWatchChanges.diff,
  summary: sourceWatchChanges.summary,
  articleVersionNumber: articleVersions.number,
  acknowledgedAt: sourceWatchChanges.acknowledgedAt,
  acknowledgedBy: users.displayName,
}

type ChangeRow = {
  id: string
  kind: string
  detectedAt: Date
  httpStatus: number | null
  diff: string | null
  summary: string | null
  articleVersionNumber: number | null
  acknowledgedAt: Date | null
  acknowledgedBy: string | null
}

function changesQuery(db: DbOrTx) {
  return db
    .select(changeColumns)
    .from(sourceWatchChanges)
    .leftJoin(articleVersions, eq(articleVersions.id, sourceWatchChanges.articleVersionId))
    .leftJoin(users, eq(users.id, sourceWatchChanges.acknowledgedBy))
}

/**
 * The desk's view of source watching (docs/decisions/021-source-watching.md): what is watched,
 * when it was last checked and what changed; a check on demand (a job, ADR 014); and editors
 * acknowledging what they have looked at.
 */
export function createSourceWatchService({ db, jobs: jobsService }: { db: Db; jobs: JobsService }) {
  async function latestChanges(sourceIds: string[]) {
    if (sourceIds.length === 0) return new Map<string, ChangeRow>()
    const rows = await db
      .selectDistinctOn([sourceWatchChanges.watchedSourceId], changeColumns)
      .from(sourceWatchChanges)
      .leftJoin(articleVersions, eq(articleVersions.id, sourceWatchChanges.articleVersionId))
      .leftJoin(users, eq(users.id, sourceWatchChanges.acknowledgedBy))
      .where(inArray(sourceWatchChanges.watchedSourceId, sourceIds))
      .orderBy(
        sourceWatchChanges.watchedSourceId,
        desc(sourceWatchChanges.detectedAt),
        desc(sourceWatchChanges.id),
      )
    return new Map(rows.map((r) => [r.watchedSourceId, r]))
  }

  async function unacknowledged(sourceIds: string[]) {
    if (sourceIds.length === 0) return new Map<string, number>()
    const rows = await db
      .select({ id: sourceWatchChanges.watchedSourceId, n: count() })
      .from(sourceWatchChanges)
      .where(
        and(
          inArray(sourceWatchChanges.watchedSourceId, sourceIds),
          isNull(sourceWatchChanges.acknowledgedAt),
        ),
      )
      .groupBy(sourceWatchChanges.watchedSourceId)
    return new Map(rows.map((r) => [r.id, Number(r.n)]))
  }

  async function list(): Promise<WatchList> {
    const rows = await db
      .select({
        source: watchedSources,
        articleTitle: articles.title,
        evidenceTitle: evidence.title,
        claimId: evidence.claimId,
      })
      .from(watchedSources)
      .leftJoin(articles, eq(articles.id, watchedSources.articleId))
      .leftJoin(evidence, eq(evidence.id, watchedSources.evidenceId))
      .orderBy(
        sql`${watchedSources.lastChangeAt} desc nulls last`,
        asc(watchedSources.createdAt),
        asc(watchedSources.id),
      )
      .limit(LIST_LIMIT)
    const ids = rows.map((r) => r.source.id)
    const [latest, open] = await Promise.all([latestChanges(ids), unacknowledged(ids)])
    return {
      items: rows.map(({ source: s, articleTitle, evidenceTitle, claimId }) => {
        const change = latest.get(s.id)
        return {
          id: s.id,
          kind: s.kind as WatchedSource['kind'],
          articleId: s.articleId,
          evidenceId: s.evidenceId,
          claimId: claimId ?? null,
          title: articleTitle ?? evidenceTitle ?? s.url,
          url: s.url,
          nextCheckAt: s.nextCheckAt.toISOString(),
          lastCheckedAt: s.lastCheckedAt?.toISOString() ?? null,
          lastStatus: (s.lastStatus as WatchedSource['lastStatus']) ?? null,
          lastHttpStatus: s.lastHttpStatus,
          lastError: s.lastError,
          lastChangeAt: s.lastChangeAt?.toISOString() ?? null,
          latestChange: change ? toChange(change) : null,
          unacknowledged: open.get(s.id) ?? 0,
        }
      }),
    }
  }

  /** A check now, as a job (202): one already waiting or running for this source is the answer. */
  async function checkNow(actor: Actor, id: string): Promise<Job> {
    const job = await db.transaction(async (tx) => {
      const [source] = await tx.select().from(watchedSources).where(eq(watchedSources.id, id)).for('update')
      if (!source) throw new NotFoundError('Watched source')
      const [pending] = await tx
        .select(jobViewColumns)
        .from(jobs)
        .where(
          and(
            eq(jobs.kind, 'source_watch.check'),
            inArray(jobs.status, ['queued', 'running']),
            sql`${jobs.input}->>'watchedSourceId' = ${id}`,
          ),
        )
        .limit(1)
      if (pending) return toJob(pending)
      const input: CheckJobInput = { watchedSourceId: id }
      return jobsService.enqueue(tx, actor, {
        kind: 'source_watch.check',
        articleId: source.articleId,
        input,
        summary: { watchedSourceId: id, url: source.url },
      })
    })
    jobsService.notify()
    return job
  }

  async function acknowledge(actor: Actor, changeId: string): Promise<SourceWatchChange> {
    return db.transaction(async (tx) => {
      const [change] = await tx
        .select()
        .from(sourceWatchChanges)
        .where(eq(sourceWatchChanges.id, changeId))
        .for('update')
      if (!change) throw new NotFoundError('Watch change')
      // Acknowledging twice keeps the first editor's acknowledgement.
      if (!change.acknowledgedAt) {
        await tx
          .update(sourceWatchChanges)
          .set({ acknowledgedBy: actor.id, acknowledgedAt: sql`now()` })
          .where(eq(sourceWatchChanges.id, changeId))
        await appendEvent(tx, {
          actorId: actor.id,
          action: 'watch.change_acknowledged',
          subjectType: 'source_watch_change',
          subjectId: changeId,
          after: { watchedSourceId: change.watchedSourceId, kind: change.kind },
          requestId: actor.requestId,
        })
      }
      const [row] = await changesQuery(tx).where(eq(sourceWatchChanges.id, changeId))
      if (!row) throw new NotFoundError('Watch change')
      return toChange(row)
    })
  }

  return { list, checkNow, acknowledge }
}

export type SourceWatchService = ReturnType<typeof createSourceWatchService>

function toChange(row: ChangeRow): SourceWatchChange {
  return {
    id: row.id,
    kind: row.kind as SourceWatchChange['kind'],
    detectedAt: row.detectedAt.toISOString(),
    httpStatus: row.httpStatus,
    diff: row.diff,
    summary: row.summary,
    articleVersionNumber: row.articleVersionNumber,
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
    acknowledgedBy: row.acknowledgedBy,
  }
}
