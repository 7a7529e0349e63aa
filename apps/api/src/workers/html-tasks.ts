import { htmlToText } from '../services/article-import/html-to-text.ts'
import { type Prioritised, runCared } from './thread-care.ts'

/**
 * HTML-to-text, in a pool of its own (worker-pool.ts): the HTML parser (linkedom and Readability,
 * ~19 MB of a thread's heap) is loaded only by the thread that reads pages, started when a page
 * comes, not by every thread of the heavy-work pool (bench/README.md, "Heavy work", seventh step).
 */
export type HtmlTask =
  | { kind: 'html-to-text'; html: string }
  /** Starts a thread and loads the parser, so that a page's deadline does not count it. */
  | { kind: 'warm-up' }

/** The pool's entry point (piscina calls the module's default export with each task). */
export default function runHtmlTask(task: Prioritised<HtmlTask>): string | null {
  if (task.kind === 'warm-up') return null
  return runCared(task.nice, task.html.length, () => htmlToText(task.html))
}
