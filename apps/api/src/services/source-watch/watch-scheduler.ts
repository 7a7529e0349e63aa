import { randomUUID } from 'node:crypto'
import type { Db } from '@claimtrail/db'
import { schema } from '@claimtrail/db'
import { and, count, eq, inArray, lte, sql } from 'drizzle-orm'
import type { FastifyBaseLogger } from 'fastify'
import type { JobsService } from '../jobs/jobs-service.ts'
import type { CheckJobInput } from './watch-check.ts'

const { jobs, watchedSources } = schema

export interface WatchSchedulerDeps {
  db: Db
  jobs: JobsService
  /** How long after a check is scheduled the next one is due (WATCH_INTERVAL_MINUTES). */
  intervalMinutes: number
  /** Most scheduled checks waiting or running at once (WATCH_BATCH_SIZE). */
  batchSize: number
}

/**
 * The schedule of source checks (docs/decisions/021-source-watching.md). A tick claims the due
 * sources and enqueues one check job for each, in one transaction: the claim moves next_check_at a
 * period ahead with FOR UPDATE SKIP LOCKED, so ticks of several processes on one PostgreSQL never
 * claim a source twice in a period, and a tick that fails claims nothing. PGlite runs the same
 * queries in-process. The jobs themselves run in the job runner (ADR 014).
 */
export function createWatchScheduler({
  db,
  jobs: jobsService,
  intervalMinutes,
  batchSize,
}: WatchSchedulerDeps) {
  /** Claims due sources and enqueues their checks; answers how many. */
  async function tick(): Promise<number> {
    const requestId = randomUUID()
    const enqueued = await db.transaction(async (tx) => {
      const [pending] = await tx
        .select({ n: count() })
        .from(jobs)
        .where(and(eq(jobs.kind, 'source_watch.check'), inArray(jobs.status, ['queued', 'running'])))
      const room = batchSize - (pending?.n ?? 0)
      if (room <= 0) return 0
      const due = tx
        .select({ id: watchedSources.id })
        .from(watchedSources)
        .where(lte(watchedSources.nextCheckAt, sql`now()`))
        .orderBy(watchedSources.nextCheckAt, watchedSources.id)
        .limit(room)
        .for('update', { skipLocked: true })
      const claimed = await tx
        .update(watchedSources)
        .set({ nextCheckAt: sql`now() + ${intervalMinutes} * interval '1 minute'` })
        .where(inArray(watchedSources.id, due))
        .returning({ id: watchedSources.id, articleId: watchedSources.articleId, url: watchedSources.url })
      for (const source of claimed) {
        const input: CheckJobInput = { watchedSourceId: source.id }
        await jobsService.enqueue(
          tx,
          { id: null, requestId },
          {
            kind: 'source_watch.check',
            articleId: source.articleId,
            input,
            summary: { watchedSourceId: source.id, url: source.url },
          },
        )
      }
      return claimed.length
    })
    if (enqueued > 0) jobsService.notify()
    return enqueued
  }

  return { tick }
}

export type WatchScheduler = ReturnType<typeof createWatchScheduler>

// How often a process looks for due sources; the interval itself is in minutes.
const TICK_MS = 30_000

/** Ticks every TICK_MS until stopped; a tick that fails is logged and tried again at the next. */
export function startWatchScheduler(
  scheduler: WatchScheduler,
  { log, isReady }: { log: FastifyBaseLogger; isReady?: () => boolean },
) {
  let running: Promise<unknown> = Promise.resolve()
  const timer = setInterval(() => {
    if (isReady && !isReady()) return
    running = scheduler.tick().catch((err: unknown) => log.warn({ err }, 'could not schedule source checks'))
  }, TICK_MS)
  timer.unref()
  return {
    async stop() {
      clearInterval(timer)
      await running
    },
  }
}
