import { setPriority } from 'node:os'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/**
 * What every thread of the worker pools does around its tasks (heavy-tasks.ts, html-tasks.ts):
 * lower its own priority, and give a large task's garbage back before it sleeps (ADR 014).
 */

/** A task as a pool sends it: with the priority its thread should run at (WORKER_NICE). */
export type Prioritised<T> = T & { nice: number }

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
const RELEASE_AFTER_CHARS = 200_000

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

/**
 * Runs one task at the pool's priority, then, if its input was large (`inputChars`), collects the
 * task's working set (the result excepted) before the thread sleeps in Atomics.wait. A full
 * collection of that heap costs 10–40 ms of this thread only.
 */
export function runCared<R>(nice: number, inputChars: number, work: () => R): R {
  applyNice(nice)
  const result = work()
  if (inputChars >= RELEASE_AFTER_CHARS) collectGarbage()
  return result
}
