import { createTwoFilesPatch } from 'diff'

/** Longest diff kept for the watch page; a page rewritten from top to bottom says so instead. */
export const MAX_DIFF_CHARS = 100_000
// The line diff is O(N·D): bounded in edits and in time, it never holds the job runner for long.
const MAX_EDIT_LENGTH = 5_000
const TIMEOUT_MS = 2_000

/**
 * A unified diff (jsdiff, line by line, three lines of context) between the text a watched
 * address had and the text it has now; null when the change is too large to show usefully.
 */
export function textDiff(before: string, after: string): string | null {
  const patch = createTwoFilesPatch(
    'before',
    'after',
    ensureNewline(before),
    ensureNewline(after),
    undefined,
    undefined,
    {
      context: 3,
      maxEditLength: MAX_EDIT_LENGTH,
      timeout: TIMEOUT_MS,
    },
  )
  if (patch === undefined || patch.length > MAX_DIFF_CHARS) return null
  // The header lines name nothing useful; the hunks are the change.
  return patch.split('\n').slice(3).join('\n').trimEnd()
}

const ensureNewline = (text: string) => (text.endsWith('\n') ? text : `${text}\n`)
