import { AnchorRangeError } from './errors.ts'
import { findFuzzyQuote } from './fuzzy.ts'
import { type Candidate, pickBest } from './ranking.ts'
import { occurrencesAround, SEARCH_LIMITS } from './search-limits.ts'
import { describeSelection, splitsSurrogatePair, type TextAnchor } from './selectors.ts'

/**
 * Where a claim's anchor landed in a new article version, and how it was found. Non-orphans carry
 * fresh selectors computed from the new text, ready to store against the new version.
 */
export type ReanchorResult =
  | ({ status: 'position' } & TextAnchor)
  | ({ status: 'moved' } & TextAnchor)
  | ({ status: 'fuzzy'; errors: number } & TextAnchor)
  | { status: 'orphan' }

export interface ReanchorOptions {
  /** Most edits (UTF-16 code units) a fuzzy match may differ from the quote by. */
  maxErrors?: number
}

/** About 10% of the quote, at least 1: a corrected typo or changed word, not a rewrite. */
export function defaultMaxErrors(quoteLength: number): number {
  return Math.max(1, Math.floor(quoteLength / 10))
}

function resolveMaxErrors(exact: string, options: ReanchorOptions): number {
  const requested = options.maxErrors ?? defaultMaxErrors(exact.length)
  if (!Number.isInteger(requested) || requested < 0) {
    throw new AnchorRangeError(
      'invalid-option',
      `maxErrors must be a non-negative integer (got ${requested})`,
    )
  }
  // As many errors as the quote is long would match any text at all.
  return Math.min(requested, exact.length - 1)
}

/** Whether `[start, end)` is a span describeSelection will accept in `text`. */
function isStorableSpan(text: string, start: number, end: number): boolean {
  return (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    start < end &&
    end <= text.length &&
    !splitsSurrogatePair(text, start) &&
    !splitsSurrogatePair(text, end)
  )
}

/**
 * Occurrences of the quote, overlapping ones included ("ha" twice in "hahaha"): the nearest
 * SEARCH_LIMITS.maxOccurrences either side of the old position. O(n) (occurrencesAround); a text
 * made of one quote repeated a million times ranks 64 of them by context, not a million.
 */
function exactOccurrences(text: string, exact: string, around: number): Candidate[] {
  const found: Candidate[] = []
  for (const at of occurrencesAround(text, exact, around, SEARCH_LIMITS.maxOccurrences)) {
    if (isStorableSpan(text, at, at + exact.length))
      found.push({ start: at, end: at + exact.length, errors: 0 })
  }
  return found
}

/**
 * Re-anchors a claim in a new version of its article, in the order the W3C Web Annotation model
 * suggests for robust anchoring: the TextPositionSelector (§4.2.5) if the quote is still there,
 * else an exact search for the TextQuoteSelector (§4.2.4) using prefix/suffix to pick among
 * repeats, else a bounded fuzzy search; failing all three the claim is an orphan for a human.
 *
 * Cost: O(n + m) for the position and exact steps (n the new text's length, m the quote's), plus
 * findFuzzyQuote's O(n) with bounded constants (fuzzy.ts). Linear in the text, whatever its shape.
 */
export function reanchor(newText: string, anchor: TextAnchor, options: ReanchorOptions = {}): ReanchorResult {
  const { exact } = anchor
  if (exact.length === 0) return { status: 'orphan' }
  const maxErrors = resolveMaxErrors(exact, options)

  if (
    isStorableSpan(newText, anchor.start, anchor.end) &&
    newText.slice(anchor.start, anchor.end) === exact
  ) {
    return { status: 'position', ...describeSelection(newText, anchor.start, anchor.end) }
  }

  // Old offsets only serve as a hint from here on; keep them usable even if they were garbage.
  const hint = Number.isFinite(anchor.start)
    ? Math.max(0, Math.min(Math.trunc(anchor.start), newText.length))
    : 0
  const searchable = { ...anchor, start: hint, end: hint + exact.length }

  const moved = pickBest(newText, exactOccurrences(newText, exact, hint), searchable)
  if (moved) return { status: 'moved', ...describeSelection(newText, moved.start, moved.end) }

  const fuzzy = maxErrors > 0 ? findFuzzyQuote(newText, searchable, maxErrors) : undefined
  if (fuzzy) {
    return { status: 'fuzzy', errors: fuzzy.errors, ...describeSelection(newText, fuzzy.start, fuzzy.end) }
  }
  return { status: 'orphan' }
}

/** Re-anchors every claim of an article version; results are in the order of `anchors`. */
export function reanchorAll(
  newText: string,
  anchors: readonly TextAnchor[],
  options: ReanchorOptions = {},
): ReanchorResult[] {
  return anchors.map((anchor) => reanchor(newText, anchor, options))
}
