import type { Job } from '@claimtrail/contracts'
import { appendEvent, type Db, schema, type Tx } from '@claimtrail/db'
import { and, count, eq, inArray, ne, sql } from 'drizzle-orm'
import { NotFoundError, TooManyJobsError } from '../../errors.ts'
import type { Actor, Author } from '../actor.ts'
import { jobAnswerText } from './job-answer.ts'

const { jobs } = schema

export type JobRow = typeof jobs.$inferSelect

/**
 * A job's columns without its input: what a job's answer is made of. The input can be a 2 MiB
 * article text; the workspace polls its job every second, and reading (and decoding, on the
 * server's thread) that text back for every poll would be the cost the job was made to avoid.
 */
export const jobViewColumns = {
  id: jobs.id,
  kind: jobs.kind,
  status: jobs.status,
  phase: jobs.phase,
  ownerId: jobs.ownerId,
  articleId: jobs.articleId,
  createdAt: jobs.createdAt,
  startedAt: jobs.startedAt,
  finishedAt: jobs.finishedAt,
  deadlineAt: jobs.deadlineAt,
  result: jobs.result,
  error: jobs.error,
}
export type JobView = Pick<JobRow, keyof typeof jobViewColumns>

/** The same columns for a poll's answer, the result as its JSON text (job-answer.ts). */
const jobAnswerColumns = {
  ...jobViewColumns,
  result: sql<null>`null`,
  resultJson: sql<string | null>`${jobs.result}::text`,
}

export interface JobsServiceDeps {
  db: Db
  /** Most jobs queued or running at once, all desks together (JOBS_MAX_PENDING). */
  maxPending: number
  /** How long a job may take from its request to its end (JOB_DEADLINE_MS). */
  deadlineMs: number
}

export interface NewJob {
  kind: Job['kind']
  articleId?: string | null
  input: unknown
  /** What the audit event records of the input (never a 2 MiB text). */
  summary: Record<string, unknown>
}

/**
 * Jobs (ADR 014): enqueued inside the transaction of the request that asks for them, so a job
 * exists exactly when its request committed; run by the job runner (job-runner.ts); seen by
 * their owner and by editors.
 */
export function createJobsService({ db, maxPending, deadlineMs }: JobsServiceDeps) {
  const listeners = new Set<() => void>()

  /** Whether another job may wait; holds the enqueue lock until the transaction ends. */
  async function hasRoom(tx: Tx): Promise<boolean> {
    // One enqueue at a time, so that two requests cannot both take the last place.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('claimtrail.jobs.enqueue'))`)
    const [pending] = await tx
      .select({ n: count() })
      .from(jobs)
      // Source checks are left out: the watch scheduler bounds its own backlog (ADR 021), and a
      // desk's import must not wait behind the schedule.
      .where(and(inArray(jobs.status, ['queued', 'running']), ne(jobs.kind, 'source_watch.check')))
    return (pending?.n ?? 0) < maxPending
  }

  async function insert(tx: Tx, actor: Author, job: NewJob): Promise<Job> {
    const [row] = await tx
      .insert(jobs)
      .values({
        kind: job.kind,
        ownerId: actor.id,
        articleId: job.articleId ?? null,
        input: job.input,
        deadlineAt: new Date(Date.now() + deadlineMs),
        requestId: actor.requestId,
      })
      .returning(jobViewColumns)
    if (!row) throw new Error('job insert returned nothing')
    await appendEvent(tx, {
      actorId: actor.id,
      action: 'job.enqueued',
      subjectType: 'job',
      subjectId: row.id,
      after: { kind: row.kind, articleId: row.articleId, deadlineAt: row.deadlineAt, ...job.summary },
      requestId: actor.requestId,
    })
    return toJob(row)
  }

  /** Enqueues inside the asking request's transaction; 429 when JOBS_MAX_PENDING are waiting. */
  async function enqueue(tx: Tx, actor: Author, job: NewJob): Promise<Job> {
    if (!(await hasRoom(tx))) {
      throw new TooManyJobsError(
        `${maxPending} long jobs are already waiting or running (JOBS_MAX_PENDING); try again in a minute`,
      )
    }
    return insert(tx, actor, job)
  }

  /** Like enqueue, but answers null instead of refusing when the queue is full (background work). */
  async function enqueueIfRoom(tx: Tx, actor: Author, job: NewJob): Promise<Job | null> {
    return (await hasRoom(tx)) ? insert(tx, actor, job) : null
  }

  /** Tells the runner of this process that a job is waiting (after the enqueuing transaction committed). */
  function notify() {
    for (const listener of listeners) listener()
  }

  /**
   * A poll's answer: the job, or for a job with a result the answer's JSON text, the result not
   * decoded on this thread (job-answer.ts).
   */
  async function answer(actor: Actor, jobId: string): Promise<Job | string> {
    const [row] = await db.select(jobAnswerColumns).from(jobs).where(eq(jobs.id, jobId))
    if (!row || (row.ownerId !== actor.id && actor.role === 'checker')) throw new NotFoundError('Job')
    const { resultJson, ...view } = row
    const job = toJob(view)
    return resultJson === null ? job : jobAnswerText(job, resultJson)
  }

  return {
    answer,
    enqueue,
    enqueueIfRoom,
    maxPending,
    notify,
    onEnqueued(listener: () => void) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

export type JobsService = ReturnType<typeof createJobsService>

export function toJob(row: JobView): Job {
  // The kind and its result's shape go together: the runner stores what the kind's handler returned.
  return {
    id: row.id,
    kind: row.kind,
    status: row.status as Job['status'],
    phase: row.phase as Job['phase'],
    articleId: row.articleId,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    deadlineAt: row.deadlineAt.toISOString(),
    result: row.result ?? null,
    error: (row.error as Job['error']) ?? null,
  } as Job
}
