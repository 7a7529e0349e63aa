import DiffMatchPatch from 'diff-match-patch'
import { type ApproximateMatch, closestSubstring, editDistance } from './edit-distance.ts'
import { pickBest } from './ranking.ts'
import { splitsSurrogatePair, type TextAnchor } from './selectors.ts'

/** Bitap keeps the pattern in a machine word, so diff-match-patch refuses patterns over 32 units. */
const BITAP_MAX_PATTERN = 32

/**
 * Where Bitap (diff-match-patch `match_main`) finds `pattern` with the fewest errors, or -1.
 * Match_Distance is made so large that distance from `loc` only breaks ties between equally good
 * matches: a passage moved to the other end of the article is still the same passage.
 */
function bitap(text: string, pattern: string, loc: number, allowedErrors: number): number {
  if (pattern.length === 0 || text.length === 0) return -1
  const dmp = new DiffMatchPatch()
  dmp.Match_Distance = text.length * 1000
  dmp.Match_Threshold = Math.min(1, allowedErrors / pattern.length + 0.002)
  return dmp.match_main(text, pattern, Math.max(0, Math.min(loc, text.length)))
}

/**
 * Rough start positions for the quote in `text`, from Bitap searches for pieces no longer than
 * Bitap's limit: the quote's head and tail (a long quote is found even when an edit sits in one
 * of them), and the prefix and suffix, which still place the quote when its words changed.
 */
function estimateStarts(text: string, anchor: TextAnchor, maxErrors: number): number[] {
  const { exact, prefix, suffix } = anchor
  const length = exact.length
  const allowed = (piece: string) => Math.min(maxErrors, piece.length - 1)
  const starts = [anchor.start]

  const head = exact.slice(0, BITAP_MAX_PATTERN)
  const headAt = bitap(text, head, anchor.start, allowed(head))
  if (headAt >= 0) starts.push(headAt)

  if (length > BITAP_MAX_PATTERN) {
    const tail = exact.slice(-BITAP_MAX_PATTERN)
    const tailAt = bitap(text, tail, anchor.end - tail.length, allowed(tail))
    if (tailAt >= 0) starts.push(tailAt + tail.length - length)
  }

  const prefixTail = prefix.slice(-BITAP_MAX_PATTERN)
  const prefixAt = bitap(text, prefixTail, anchor.start - prefixTail.length, allowed(prefixTail))
  if (prefixAt >= 0) starts.push(prefixAt + prefixTail.length)

  const suffixHead = suffix.slice(0, BITAP_MAX_PATTERN)
  const suffixAt = bitap(text, suffixHead, anchor.end, allowed(suffixHead))
  if (suffixAt >= 0) starts.push(suffixAt - length)

  return starts
}

/** Windows of text around each estimated start, wide enough for the errors allowed, merged. */
function searchWindows(starts: number[], length: number, textLength: number, maxErrors: number) {
  // Bitap's start is itself approximate, hence room for the errors twice over.
  const pad = 2 * maxErrors + 1
  const windows = starts
    .map((start) => ({
      from: Math.max(0, start - pad),
      to: Math.min(textLength, start + length + pad),
    }))
    .filter((w) => w.from < w.to)
    .sort((a, b) => a.from - b.from)
  const merged: { from: number; to: number }[] = []
  for (const window of windows) {
    const last = merged.at(-1)
    if (last && window.from <= last.to) last.to = Math.max(last.to, window.to)
    else merged.push({ ...window })
  }
  return merged
}

/** Widens a span that cuts an astral character in half, so it can be stored as an anchor. */
function widenToWholeCharacters(text: string, exact: string, match: ApproximateMatch): ApproximateMatch {
  const start = splitsSurrogatePair(text, match.start) ? match.start - 1 : match.start
  const end = splitsSurrogatePair(text, match.end) ? match.end + 1 : match.end
  if (start === match.start && end === match.end) return match
  return { start, end, errors: editDistance(exact, text.slice(start, end)) }
}

/**
 * Fuzzy quote search: the span of `text` closest to the anchor's quote, if it is within
 * `maxErrors` edits (Levenshtein, UTF-16 code units). The bound is what keeps a rewritten
 * passage from being re-anchored to something that merely looks alike.
 */
export function findFuzzyQuote(
  text: string,
  anchor: TextAnchor,
  maxErrors: number,
): ApproximateMatch | undefined {
  const { exact } = anchor
  const candidates: ApproximateMatch[] = []
  const windows = searchWindows(estimateStarts(text, anchor, maxErrors), exact.length, text.length, maxErrors)
  for (const { from, to } of windows) {
    const match = widenToWholeCharacters(text, exact, closestSubstring(exact, text, from, to))
    if (match.end > match.start && match.errors <= maxErrors) candidates.push(match)
  }
  return pickBest(text, candidates, anchor)
}
