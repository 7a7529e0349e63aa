import { type ClaimReanchorPlan, planReanchoring, type ReanchorInput } from '@claimtrail/core'
import { type Suggestions, type SuggestOptions, suggestClaims } from '@claimtrail/extract'
import { type Prioritised, runCared } from './thread-care.ts'

/**
 * The work that may take long, run in the worker pool (worker-pool.ts), never on the thread that
 * answers requests (ADR 014). Each task is a pure function of its input: no database, no I/O.
 * HTML-to-text runs in a pool of its own (html-tasks.ts), so these threads never load the HTML
 * parser.
 */
export type HeavyTask =
  /** The text as a string, or as UTF-8 bytes moved from the request thread (worker-pool.ts). */
  | { kind: 'suggest'; text: string | Uint8Array; options: SuggestOptions }
  | { kind: 'reanchor'; input: ReanchorInput }
  /** Loads a thread's modules, so that start-up is not counted in a real task's deadline. */
  | { kind: 'warm-up' }

export interface HeavyTaskResults {
  /** Only the claims: the quotations, responses and hedges of a 2 MiB text are megabytes the request thread would have to copy in. */
  suggest: Pick<Suggestions, 'claims'>
  reanchor: ClaimReanchorPlan[]
  'warm-up': null
}

/** Characters of text a task carries in. */
function inputChars(task: HeavyTask): number {
  switch (task.kind) {
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

/** The pool's entry point (piscina calls the module's default export with each task). */
export default function runHeavyTask(task: Prioritised<HeavyTask>): HeavyTaskResults[HeavyTask['kind']] {
  return runCared(task.nice, inputChars(task), () => run(task))
}

const decoder = new TextDecoder()
const textOf = (text: string | Uint8Array) => (typeof text === 'string' ? text : decoder.decode(text))

function run(task: HeavyTask): HeavyTaskResults[HeavyTask['kind']] {
  switch (task.kind) {
    case 'suggest':
      // In segments: a thread's memory stays bounded whatever the text's length (suggest-claims.ts).
      return { claims: suggestClaims(textOf(task.text), task.options) }
    case 'reanchor':
      return planReanchoring(task.input)
    case 'warm-up':
      return null
  }
}
