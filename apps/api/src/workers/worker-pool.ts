import type { ReanchorInput } from '@claimtrail/core'
import type { SuggestOptions } from '@claimtrail/extract'
import { Piscina } from 'piscina'
import { UnavailableError, UnprocessableError } from '../errors.ts'
import type { HeavyTask, HeavyTaskResults } from './heavy-tasks.ts'
import type { HtmlTask } from './html-tasks.ts'
import type { Prioritised } from './thread-care.ts'

/** Set by the compiled server's build (scripts/build.ts) to the bundle's own location. */
declare const CLAIMTRAIL_BUNDLE_URL: string | undefined

// The compiled server carries its bundled workers beside itself; from source, the .mjs files next
// to this one load the TypeScript through tsx (ADR 010, ADR 014).
const workerUrl = (file: string) =>
  typeof CLAIMTRAIL_BUNDLE_URL === 'string'
    ? new URL(file, CLAIMTRAIL_BUNDLE_URL)
    : new URL(file, import.meta.url)
const HEAVY_WORKER_URL = workerUrl('./heavy-tasks-worker.mjs')
const HTML_WORKER_URL = workerUrl('./html-tasks-worker.mjs')

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

/**
 * The HTML pool (html-tasks.ts): one thread, started by the first page and stopped this long after
 * the last. The parser costs ~19 MB of heap and ~0.6 s to load; carried by every heavy-work thread
 * from the start, it was ~38 MB of a server's memory that imports no pages (bench/README.md,
 * "Heavy work", seventh step). One thread bounds what many pages at once can take (issue 14: eight
 * concurrent extractions took 1 GB); a page is read in well under a second.
 */
const HTML_THREADS = 1
const HTML_IDLE_MS = 60_000

type TaskKind = HeavyTask['kind'] | HtmlTask['kind']

/** What a task is called in a message to the user. */
const DESCRIPTIONS: Record<TaskKind, string> = {
  'html-to-text': 'The page’s text could not be extracted',
  suggest: 'The suggestions could not be computed',
  reanchor: 'The claims could not be re-anchored in the new text',
  'warm-up': 'The worker threads could not start',
}

/**
 * The worker pools for heavy work (ADR 014): suggestions and re-anchoring run in a bounded number
 * of threads (piscina), HTML-to-text in a pool of its own opened by the first page; each task has
 * a deadline after which its thread is terminated, so that a hostile input costs one thread for a
 * bounded time and never the event loop that answers everyone else.
 */
export function createWorkerPool(options: WorkerPoolOptions) {
  const resourceLimits = {
    maxOldGenerationSizeMb: options.maxMemoryMb,
    maxYoungGenerationSizeMb: POOL_YOUNG_GENERATION_MB,
  }
  const nice = options.nice ?? 0
  const pool = new Piscina({
    filename: HEAVY_WORKER_URL.href,
    maxThreads: options.size,
    // Every thread started and kept: a task's deadline should not include loading the modules.
    minThreads: options.size,
    maxQueue: options.queueMax,
    resourceLimits,
  })
  const pages = createHtmlPool({ queueMax: options.queueMax, resourceLimits, nice })

  // Deadlines start once the threads have loaded (a second from source through tsx, less compiled).
  const warmUp: Prioritised<HeavyTask> = { kind: 'warm-up', nice }
  const warm = Promise.all(Array.from({ length: options.size }, () => pool.run(warmUp))).catch(
    () => undefined, // a thread that cannot load fails the tasks themselves, with its error
  )

  // Tasks handed to the pool, by kind: how tests and the benchmark see that work was shared or
  // cached rather than repeated.
  const started: Record<TaskKind, number> = {
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
      const prioritised: Prioritised<HeavyTask> = { ...task, nice }
      return (await pool.run(prioritised, { signal: deadline, transferList })) as HeavyTaskResults[K]
    } catch (error) {
      throw explain(kind, error, deadline.aborted, timeoutMs)
    }
  }

  return {
    htmlToText: (html: string, timeoutMs = options.timeoutMs) => {
      started['html-to-text']++
      return pages.toText(html, timeoutMs)
    },
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
    close: async () => {
      await Promise.all([pool.close({ force: true }), pages.close()])
    },
  }
}

/**
 * The HTML pool, opened by the first page (html-tasks.ts). A page's deadline counts its wait
 * behind other pages and its reading, not the start of a thread: when none is running, a warm-up
 * task starts one and loads the parser first, so the first page after a quiet spell is not
 * refused for the 0.6 s that takes.
 */
function createHtmlPool(options: {
  queueMax: number
  resourceLimits: { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number }
  nice: number
}) {
  let pool: Piscina | undefined
  const open = () => {
    pool ??= new Piscina({
      filename: HTML_WORKER_URL.href,
      minThreads: 0,
      maxThreads: HTML_THREADS,
      idleTimeout: HTML_IDLE_MS,
      maxQueue: options.queueMax,
      resourceLimits: options.resourceLimits,
    })
    return pool
  }
  return {
    async toText(html: string, timeoutMs: number): Promise<string> {
      const threads = open()
      let deadline: AbortSignal | undefined
      try {
        if (threads.threads.length === 0) await threads.run({ kind: 'warm-up', nice: options.nice })
        deadline = AbortSignal.timeout(timeoutMs)
        const task: Prioritised<HtmlTask> = { kind: 'html-to-text', html, nice: options.nice }
        return (await threads.run(task, { signal: deadline })) as string
      } catch (error) {
        throw explain('html-to-text', error, deadline?.aborted ?? false, timeoutMs)
      }
    },
    close: async () => pool?.close({ force: true }),
  }
}

export type WorkerPool = ReturnType<typeof createWorkerPool>

function explain(kind: TaskKind, error: unknown, timedOut: boolean, timeoutMs: number): Error {
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
