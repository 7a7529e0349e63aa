import type { Job } from '@claimtrail/contracts'
import { appendEvent, type Db, schema } from '@claimtrail/db'
import { and, eq, inArray, lt, or, sql } from 'drizzle-orm'
import type { FastifyBaseLogger } from 'fastify'
import { AppError } from '../../errors.ts'
import type { JobRow, JobsService } from './jobs-service.ts'

const { jobs } = schema

/** What a job's work is told while it runs. */
export interface JobContext {
  /** Time left before the job's deadline, for the worker pool's task deadline. */
  remainingMs(): number
  /** Records the step in progress for the workspace; throws once the deadline has passed. */
  phase(phase: 'computing' | 'writing'): Promise<void>
}

export type JobHandler = (job: JobRow, context: JobContext) => Promise<unknown>

export interface JobRunnerOptions {
  db: Db
  jobs: JobsService
  handlers: Record<Job['kind'], JobHandler>
  log: FastifyBaseLogger
  /** Jobs run at once by this process (JOBS_CONCURRENCY). */
  concurrency: number
  /** How often an idle runner looks for jobs other processes enqueued (JOBS_POLL_MS). */
  pollMs: number
  /** How long a lease lasts without renewal: a runner that died loses its job after this. */
  leaseMs: number
  /** Whether the database can be used yet (a server waiting for PostgreSQL at start). */
  isReady?: () => boolean
}

// A job taken up this many times without finishing (its runner died each time) fails for good.
const MAX_ATTEMPTS = 3

class Expired extends AppError {
  constructor(deadline: Date) {
    super(
      422,
      'JOB_EXPIRED',
      `The job did not finish before its deadline (${deadline.toISOString()}); nothing was written`,
    )
  }
}

/**
 * Runs jobs (ADR 014). Each of `concurrency` loops leases the oldest waiting job, or a running one
 * whose lease passed (its runner died: a restart takes it up again), with FOR UPDATE SKIP LOCKED
 * so that several processes on one PostgreSQL never take the same job; on PGlite the same query
 * runs in-process on its single connection. The lease is renewed while the job runs. A job
 * past its deadline, or one whose work fails, is marked failed with the reason; its work writes
 * in its own transaction, so a failed job has written nothing.
 */
export function startJobRunner(options: JobRunnerOptions) {
  const { db, log, leaseMs } = options
  let stopping = false
  const sleepers = new Set<() => void>()
  const wakeAll = () => {
    for (const wake of sleepers) wake()
  }
  const unsubscribe = options.jobs.onEnqueued(wakeAll)

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer)
        sleepers.delete(done)
        resolve()
      }
      const timer = setTimeout(done, ms)
      sleepers.add(done)
    })

  async function lease(): Promise<JobRow | undefined> {
    const next = db
      .select({ id: jobs.id })
      .from(jobs)
      .where(or(eq(jobs.status, 'queued'), and(eq(jobs.status, 'running'), lt(jobs.leaseUntil, sql`now()`))))
      .orderBy(jobs.createdAt, jobs.id)
      .limit(1)
      .for('update', { skipLocked: true })
    const [row] = await db
      .update(jobs)
      .set({
        status: 'running',
        phase: 'computing',
        attempts: sql`${jobs.attempts} + 1`,
        leaseUntil: sql`now() + ${leaseMs} * interval '1 millisecond'`,
        startedAt: sql`coalesce(${jobs.startedAt}, now())`,
        updatedAt: sql`now()`,
      })
      .where(inArray(jobs.id, next))
      .returning()
    return row
  }

  /** Still ours: the lease this runner took (the attempt number) has not been taken over. */
  const ours = (job: JobRow) => and(eq(jobs.id, job.id), eq(jobs.attempts, job.attempts))

  async function finish(job: JobRow, outcome: Outcome) {
    await db.transaction(async (tx) => {
      const [row] = await tx
        .update(jobs)
        .set({
          ...outcomeColumns(outcome),
          phase: 'done',
          leaseUntil: null,
          finishedAt: sql`now()`,
          updatedAt: sql`now()`,
        })
        .where(ours(job))
        .returning({ id: jobs.id })
      if (!row) return // another runner took it over meanwhile; its outcome is the one kept
      await appendEvent(tx, {
        actorId: job.ownerId,
        ...outcomeEvent(job, outcome),
        subjectType: 'job',
        subjectId: job.id,
        requestId: job.requestId,
      })
    })
  }

  async function run(job: JobRow) {
    const heartbeat = setInterval(
      () => {
        db.update(jobs)
          .set({ leaseUntil: sql`now() + ${leaseMs} * interval '1 millisecond'` })
          .where(ours(job))
          .catch((err: unknown) => log.warn({ err, job: job.id }, 'could not renew a job lease'))
      },
      Math.max(50, Math.floor(leaseMs / 3)),
    )
    const remainingMs = () => job.deadlineAt.getTime() - Date.now()
    const context: JobContext = {
      remainingMs,
      async phase(phase) {
        if (remainingMs() <= 0) throw new Expired(job.deadlineAt)
        await db.update(jobs).set({ phase, updatedAt: sql`now()` }).where(ours(job))
      },
    }
    try {
      const result = await execute(options.handlers, job, context)
      await finish(job, { result })
    } catch (thrown) {
      // Shutting down: the job stays leased and is taken up again once its lease passes.
      if (stopping) return
      const error = remainingMs() <= 0 && !(thrown instanceof Expired) ? new Expired(job.deadlineAt) : thrown
      if (!(error instanceof AppError)) log.error({ err: error, job: job.id }, 'a job failed')
      await finish(job, { error: failureReason(error) }).catch((err: unknown) =>
        log.error({ err, job: job.id }, 'could not record a failed job'),
      )
    } finally {
      clearInterval(heartbeat)
    }
  }

  async function tryLease(): Promise<JobRow | undefined> {
    try {
      return await lease()
    } catch (err) {
      if (!stopping) log.warn({ err }, 'could not look for jobs')
      return undefined
    }
  }

  async function loop() {
    while (!stopping) {
      if (options.isReady && !options.isReady()) {
        await sleep(options.pollMs)
        continue
      }
      const job = await tryLease()
      if (job) await run(job)
      else if (!stopping) await sleep(options.pollMs)
    }
  }

  const loops = Array.from({ length: options.concurrency }, () => loop())

  return {
    /** Stops taking jobs; resolves once the jobs running have ended or been left for a restart. */
    async stop() {
      stopping = true
      unsubscribe()
      wakeAll()
      await Promise.all(loops)
    },
  }
}

export type JobRunner = ReturnType<typeof startJobRunner>

type Outcome = { result: unknown } | { error: { code: string; message: string } }

function outcomeColumns(outcome: Outcome) {
  const succeeded = 'result' in outcome
  return {
    status: succeeded ? ('succeeded' as const) : ('failed' as const),
    result: succeeded ? outcome.result : null,
    error: succeeded ? null : outcome.error,
  }
}

function outcomeEvent(job: JobRow, outcome: Outcome) {
  return 'result' in outcome
    ? { action: 'job.succeeded' as const, after: { kind: job.kind, attempts: job.attempts } }
    : { action: 'job.failed' as const, after: { kind: job.kind, error: outcome.error } }
}

/** Runs the job's handler, unless the job is past its deadline, abandoned, or of no known kind. */
async function execute(
  handlers: JobRunnerOptions['handlers'],
  job: JobRow,
  context: JobContext,
): Promise<unknown> {
  if (context.remainingMs() <= 0) throw new Expired(job.deadlineAt)
  if (job.attempts > MAX_ATTEMPTS) {
    throw new AppError(
      422,
      'JOB_ABANDONED',
      `The job was interrupted ${MAX_ATTEMPTS} times without finishing; nothing was written`,
    )
  }
  const handler = handlers[job.kind as Job['kind']]
  if (!handler) throw new AppError(422, 'JOB_UNKNOWN', `No runner knows jobs of kind ${job.kind}`)
  return handler(job, context)
}

/** What a failed job tells its owner: an AppError's code and message, nothing of an unexpected error. */
function failureReason(error: unknown): { code: string; message: string } {
  return error instanceof AppError
    ? { code: error.code, message: error.message }
    : { code: 'INTERNAL', message: 'The job failed unexpectedly; nothing was written' }
}
