import { setPriority } from 'node:os'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { type ClaimReanchorPlan, planReanchoring, type ReanchorInput } from '@claimtrail/core'
import { type Suggestions, type SuggestOptions, suggestClaims } from '@claimtrail/extract'
import { htmlToText } from '../services/article-import/html-to-text.ts'

/**
 * The work that may take long, run in the worker pool (worker-pool.ts), never on the thread that
 * answers requests (ADR 014). Each task is a pure function of its input: no database, no I/O.
 */
export type HeavyTask =
  | { kind: 'html-to-text'; html: string }
  /** The text as a string, or as UTF-8 bytes moved from the request thread (worker-pool.ts). */
  | { kind: 'suggest'; text: string | Uint8Array; options: SuggestOptions }
  | { kind: 'reanchor'; input: ReanchorInput }
  /** Loads a thread's modules, so that start-up is not counted in a real task's deadline. */
  | { kind: 'warm-up' }

export interface HeavyTaskResults {
  'html-to-text': string
  /** Only the claims: the quotations, responses and hedges of a 2 MiB text are megabytes the request thread would have to copy in. */
  suggest: Pick<Suggestions, 'claims'>
  reanchor: ClaimReanchorPlan[]
  'warm-up': null
}

/** A task as the pool sends it: with the priority its thread should run at (WORKER_NICE). */
export type RunnableTask = HeavyTask & { nice: number }

let niceApplied: number | null = null

/**
 * Lowers this thread's scheduling priority once (on Linux, setpriority(2) on the calling thread's
 * id affects that thread only, not the process): on a small machine the request thread, PostgreSQL
 * and PGlite's thread then get the cores first, and heavy work the rest (ADR 014).
 */
function applyNice(nice: number) {
  if (niceApplied === nice) return
  niceApplied = nice
  try {
    setPriority(nice)
  } catch {
    // Not permitted here (a container's limits): the thread keeps the process's priority.
  }
}

/**
 * A task over this many characters of input leaves its thread with a working set worth giving
 * back (the extractor's is 40–75 MB on 2 MiB; bench/README.md, "Heavy work"). The size from which
 * articles become jobs (JOB_THRESHOLD_CHARS' default): below it a collection would cost more than
 * the little it frees, on tasks a request is waiting for.
 */
export const RELEASE_AFTER_CHARS = 200_000

/** Characters of text a task carries in. */
function inputChars(task: HeavyTask): number {
  switch (task.kind) {
    case 'html-to-text':
      return task.html.length
    case 'suggest':
      // Bytes: at least one a character, close enough for a threshold.
      return typeof task.text === 'string' ? task.text.length : task.text.byteLength
    case 'reanchor':
      return Object.values(task.input.bodies).reduce(
        (sum, body) => sum + body.length,
        task.input.newBody.length,
      )
    case 'warm-up':
      return 0
  }
}

let fullCollection: (() => void) | null | undefined

/**
 * V8's full collection, to run once a large task is done. piscina's threads wait for their next
 * task blocked in Atomics.wait, where V8 never runs the idle-time collections that would shrink the
 * heap: without this an idle thread kept the garbage of its last 2 MiB task (a pool thread held
 * 77 MB after a suggestions job, 26 MB before it) while the other thread grew its own, and the
 * two added up at the process's peak. `gc` is made visible only to a context of its own, and the
 * flag is turned off again at once, as jest's leak detector does: no other code sees it.
 */
function collectGarbage() {
  if (fullCollection === undefined) {
    try {
      setFlagsFromString('--expose-gc')
      fullCollection = runInNewContext('gc') as () => void
    } catch {
      fullCollection = null // not available in this runtime: V8 collects when it decides to
    } finally {
      setFlagsFromString('--no-expose-gc')
    }
  }
  fullCollection?.()
}

/** The pool's entry point (piscina calls the module's default export with each task). */
export default function runHeavyTask(task: RunnableTask): HeavyTaskResults[HeavyTask['kind']] {
  applyNice(task.nice)
  const result = run(task)
  // The task's working set is garbage now, the result excepted: given back before the thread
  // sleeps in Atomics.wait. A full collection of that heap costs 10–40 ms of this thread only.
  if (inputChars(task) >= RELEASE_AFTER_CHARS) collectGarbage()
  return result
}

const decoder = new TextDecoder()
const textOf = (text: string | Uint8Array) => (typeof text === 'string' ? text : decoder.decode(text))

function run(task: HeavyTask): HeavyTaskResults[HeavyTask['kind']] {
  switch (task.kind) {
    case 'html-to-text':
      return htmlToText(task.html)
    case 'suggest':
      // In segments: a thread's memory stays bounded whatever the text's length (suggest-claims.ts).
      return { claims: suggestClaims(textOf(task.text), task.options) }
    case 'reanchor':
      return planReanchoring(task.input)
    case 'warm-up':
      return null
  }
}
