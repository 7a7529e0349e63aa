import { setPriority } from 'node:os'
import { type ClaimReanchorPlan, planReanchoring, type ReanchorInput } from '@claimtrail/core'
import { type Suggestions, type SuggestOptions, suggestClaims } from '@claimtrail/extract'
import { htmlToText } from '../services/article-import/html-to-text.ts'

/**
 * The work that may take long, run in the worker pool (worker-pool.ts), never on the thread that
 * answers requests (ADR 014). Each task is a pure function of its input: no database, no I/O.
 */
export type HeavyTask =
  | { kind: 'html-to-text'; html: string }
  | { kind: 'suggest'; text: string; options: SuggestOptions }
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

/** The pool's entry point (piscina calls the module's default export with each task). */
export default function runHeavyTask(task: RunnableTask): HeavyTaskResults[HeavyTask['kind']] {
  applyNice(task.nice)
  switch (task.kind) {
    case 'html-to-text':
      return htmlToText(task.html)
    case 'suggest':
      // In segments: a thread's memory stays bounded whatever the text's length (suggest-claims.ts).
      return { claims: suggestClaims(task.text, task.options) }
    case 'reanchor':
      return planReanchoring(task.input)
    case 'warm-up':
      return null
  }
}
