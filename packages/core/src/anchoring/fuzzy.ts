import DiffMatchPatch from 'diff-match-patch'
import { type ApproximateMatch, closestSubstring, editDistance } from './edit-distance.ts'
import { pickBest } from './ranking.ts'
import { occurrencesAround, SEARCH_LIMITS } from './search-limits.ts'
import { splitsSurrogatePair, type TextAnchor } from './selectors.ts'

/** Bitap keeps the pattern in a machine word, so diff-match-patch refuses patterns over 32 units. */
const BITAP_MAX_PATTERN = 32

/**
 * Where Bitap (diff-match-patch `match_main`) finds `pattern` with the fewest errors, or -1.
 * Match_Distance is made so large that distance from `loc` only breaks ties between equally good
 * matches. Bitap costs O(text × allowed errors), so it is only ever run on a window of at most
 * 2 × SEARCH_LIMITS.window + quote length characters, never on the whole text.
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

/** Best match of the quote in the windows around `starts`, within `maxErrors`. */
function bestAround(
  text: string,
  anchor: TextAnchor,
  starts: number[],
  maxErrors: number,
): ApproximateMatch | undefined {
  const { exact } = anchor
  const candidates: ApproximateMatch[] = []
  // Nearest the old position first, and a bounded number: each window costs O(m × (m + 4k)).
  const nearest = [...new Set(starts)]
    .sort((a, b) => Math.abs(a - anchor.start) - Math.abs(b - anchor.start))
    .slice(0, SEARCH_LIMITS.maxPieces * SEARCH_LIMITS.maxHitsPerPiece)
  for (const { from, to } of searchWindows(nearest, exact.length, text.length, maxErrors)) {
    const match = widenToWholeCharacters(text, exact, closestSubstring(exact, text, from, to))
    if (match.end > match.start && match.errors <= maxErrors) candidates.push(match)
  }
  return pickBest(text, candidates, anchor)
}

/**
 * Exact pieces of the quote (and of its context) that survive an edit somewhere else in it: a
 * quote cut into k + 1 pieces that is within k errors keeps at least one piece intact. Each is
 * looked up over the whole text by exact search (linear), a few hits either side of the old
 * position; a hit on piece i at p puts the quote's start near p − offset of the piece.
 */
function pieceStarts(text: string, anchor: TextAnchor, maxErrors: number): number[] {
  const { exact, prefix, suffix } = anchor
  const count = Math.max(1, Math.min(maxErrors + 1, SEARCH_LIMITS.maxPieces))
  const size = Math.ceil(exact.length / count)
  const pieces: { text: string; shift: number }[] = []
  if (size >= SEARCH_LIMITS.minPiece) {
    for (let at = 0; at < exact.length; at += size)
      pieces.push({ text: exact.slice(at, at + size), shift: at })
  }
  const prefixTail = prefix.slice(-BITAP_MAX_PATTERN)
  if (prefixTail.length >= SEARCH_LIMITS.minPiece)
    pieces.push({ text: prefixTail, shift: -prefixTail.length })
  const suffixHead = suffix.slice(0, BITAP_MAX_PATTERN)
  if (suffixHead.length >= SEARCH_LIMITS.minPiece) pieces.push({ text: suffixHead, shift: exact.length })
  const starts: number[] = []
  for (const piece of pieces) {
    for (const at of occurrencesAround(text, piece.text, anchor.start, SEARCH_LIMITS.maxHitsPerPiece)) {
      starts.push(at - piece.shift)
    }
  }
  return starts
}

/**
 * Fuzzy quote search: the span of `text` closest to the anchor's quote, if it is within
 * `maxErrors` edits (Levenshtein, UTF-16 code units). The bound is what keeps a rewritten
 * passage from being re-anchored to something that merely looks alike.
 *
 * Cost, with n the text's length, m ≤ SEARCH_LIMITS.maxFuzzyPattern the quote's and k ≤ m/10
 * the errors allowed (ADR 014):
 * 1. Bitap estimates in the window around the old position: O(W × k), W = 2 × window + m.
 * 2. Only if that finds nothing: exact search of at most maxPieces + 2 pieces over the whole
 *    text, O(n) each (occurrencesAround), at most maxHitsPerPiece hits per side each.
 * 3. closestSubstring in at most maxPieces × maxHitsPerPiece windows: O(m × (m + 4k)) each.
 * So O(n) per claim with constants independent of the text; a quote longer than
 * maxFuzzyPattern is only found exactly.
 */
export function findFuzzyQuote(
  text: string,
  anchor: TextAnchor,
  maxErrors: number,
): ApproximateMatch | undefined {
  const { exact } = anchor
  if (exact.length > SEARCH_LIMITS.maxFuzzyPattern) return undefined
  const from = Math.max(0, anchor.start - SEARCH_LIMITS.window)
  const to = Math.min(text.length, anchor.start + exact.length + SEARCH_LIMITS.window)
  const local = text.slice(from, to)
  const shifted = { ...anchor, start: anchor.start - from, end: anchor.end - from }
  const nearby = estimateStarts(local, shifted, maxErrors).map((start) => start + from)
  return (
    bestAround(text, anchor, nearby, maxErrors) ??
    bestAround(text, anchor, pieceStarts(text, anchor, maxErrors), maxErrors)
  )
}
