import type { ReanchorInput } from '@claimtrail/core'
import type { SuggestOptions } from '@claimtrail/extract'
import { Piscina } from 'piscina'
import { UnavailableError, UnprocessableError } from '../errors.ts'
import type { HeavyTask, HeavyTaskResults, RunnableTask } from './heavy-tasks.ts'

/** Set by the compiled server's build (scripts/build.ts) to the bundle's own location. */
declare const CLAIMTRAIL_BUNDLE_URL: string | undefined

// The compiled server carries its bundled worker beside itself; from source, the .mjs next to
// this file loads the TypeScript through tsx (ADR 010, ADR 014).
const WORKER_URL =
  typeof CLAIMTRAIL_BUNDLE_URL === 'string'
    ? new URL('./heavy-tasks-worker.mjs', CLAIMTRAIL_BUNDLE_URL)
    : new URL('./heavy-tasks-worker.mjs', import.meta.url)

export interface WorkerPoolOptions {
  /** Most threads running heavy work at once (WORKER_POOL_SIZE). */
  size: number
  /** Most tasks waiting for a thread; more are refused with a 503 (WORKER_QUEUE_MAX). */
  queueMax: number
  /** Deadline of a task, waiting included (TASK_TIMEOUT_MS); the thread is stopped when it passes. */
  timeoutMs: number
  /** Old-generation heap of each thread (WORKER_MAX_MEMORY_MB): a task over it fails, the server does not. */
  maxMemoryMb: number
  /** Scheduling priority of the threads (WORKER_NICE): the request thread goes first. */
  nice?: number
}

/**
 * Young generation of each pool thread, in MB. V8 sizes it from the machine's memory (48 MB here),
 * and a thread extracting from 2 MiB fills it between scavenges: with two threads that was ~60 MB
 * of the process's peak doing nothing but wait for collection. At 16 MB the extractor's CPU time on
 * the 2 MiB hostile shapes is unchanged (its objects die young or live for the whole task); at 8 it
 * was 30–80 % slower (bench/README.md, "Heavy work").
 */
const POOL_YOUNG_GENERATION_MB = 16

/** What a task is called in a message to the user. */
const DESCRIPTIONS: Record<HeavyTask['kind'], string> = {
  'html-to-text': 'The page’s text could not be extracted',
  suggest: 'The suggestions could not be computed',
  reanchor: 'The claims could not be re-anchored in the new text',
  'warm-up': 'The worker threads could not start',
}

/**
 * The worker pool for heavy work (ADR 014): HTML-to-text, suggestions and re-anchoring run in a
 * bounded number of threads (piscina), each task with a deadline after which its thread is
 * terminated, so that a hostile input costs one thread for a bounded time and never the event
 * loop that answers everyone else.
 */
export function createWorkerPool(options: WorkerPoolOptions) {
  const pool = new Piscina({
    filename: WORKER_URL.href,
    maxThreads: options.size,
    // Every thread started and kept: a task's deadline should not include loading the modules.
    minThreads: options.size,
    maxQueue: options.queueMax,
    resourceLimits: {
      maxOldGenerationSizeMb: options.maxMemoryMb,
      maxYoungGenerationSizeMb: POOL_YOUNG_GENERATION_MB,
    },
  })

  // Deadlines start once the threads have loaded (a second from source through tsx, less compiled).
  const warmUp: RunnableTask = { kind: 'warm-up', nice: options.nice ?? 0 }
  const warm = Promise.all(Array.from({ length: options.size }, () => pool.run(warmUp))).catch(
    () => undefined, // a thread that cannot load fails the tasks themselves, with its error
  )

  // Tasks handed to the pool, by kind: how tests and the benchmark see that work was shared or
  // cached rather than repeated.
  const started: Record<HeavyTask['kind'], number> = {
    'html-to-text': 0,
    suggest: 0,
    reanchor: 0,
    'warm-up': 0,
  }

  async function run<K extends HeavyTask['kind']>(
    task: Extract<HeavyTask, { kind: K }>,
    timeoutMs = options.timeoutMs,
    transferList: ArrayBuffer[] = [],
  ): Promise<HeavyTaskResults[K]> {
    const kind: HeavyTask['kind'] = task.kind
    started[kind]++
    await warm
    const deadline = AbortSignal.timeout(timeoutMs)
    try {
      const prioritised: RunnableTask = { ...task, nice: options.nice ?? 0 }
      return (await pool.run(prioritised, { signal: deadline, transferList })) as HeavyTaskResults[K]
    } catch (error) {
      throw explain(kind, error, deadline.aborted, timeoutMs)
    }
  }

  return {
    htmlToText: (html: string, timeoutMs?: number) => run({ kind: 'html-to-text', html }, timeoutMs),
    /**
     * Bytes (UTF-8, a buffer of their own: DatabaseHandle.readUtf8) are moved to the pool's thread,
     * not copied: a long article's text then never sits in this thread's heap (ADR 014).
     */
    suggest: (text: string | Uint8Array, suggestOptions: SuggestOptions, timeoutMs?: number) =>
      run(
        { kind: 'suggest', text, options: suggestOptions },
        timeoutMs,
        typeof text === 'string' ? [] : [text.buffer as ArrayBuffer],
      ),
    planReanchoring: (input: ReanchorInput, timeoutMs?: number) =>
      run({ kind: 'reanchor', input }, timeoutMs),
    /** Tasks started since the pool opened, by kind (a copy). */
    get tasksStarted() {
      return { ...started }
    },
    /** Tasks running or waiting, for health and the benchmark. */
    get load() {
      return { running: pool.utilization, queued: pool.queueSize, threads: pool.threads.length }
    },
    close: () => pool.close({ force: true }),
  }
}

export type WorkerPool = ReturnType<typeof createWorkerPool>

function explain(kind: HeavyTask['kind'], error: unknown, timedOut: boolean, timeoutMs: number): Error {
  const what = DESCRIPTIONS[kind]
  if (timedOut) {
    return new UnprocessableError(
      kind === 'html-to-text'
        ? `${what} within ${timeoutMs} ms; its markup is too complex`
        : `${what} within ${timeoutMs} ms; the text is too long or too unusual`,
      { limitMs: timeoutMs },
      kind === 'html-to-text' ? 'EXTRACTION_TIMEOUT' : 'TASK_TIMEOUT',
    )
  }
  if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new UnprocessableError(
      kind === 'html-to-text'
        ? 'The page’s markup is too large to extract its text'
        : `${what}: the text is too large`,
      undefined,
      'TOO_LARGE',
    )
  }
  if (error instanceof Error && error.message === 'Task queue is at limit') {
    return new UnavailableError('The server is busy with other long work; try again shortly', 5)
  }
  return error instanceof Error ? error : new Error(String(error))
}
