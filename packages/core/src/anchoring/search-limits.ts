/**
 * Limits that keep re-anchoring linear in the length of the new text (docs/design.md, "Claim";
 * ADR 014). A new version may be megabytes long and an article may carry hundreds of claims, so
 * every search is either an exact scan (linear, done by the engine's string search) or a fuzzy
 * search over a window of bounded size.
 */
export const SEARCH_LIMITS = {
  /** Characters either side of the old position searched first, fuzzily. */
  window: 2_048,
  /** Longest quote searched fuzzily; a longer quote must be found exactly (closestSubstring is O(m²)). */
  maxFuzzyPattern: 512,
  /** Occurrences of one exact piece looked at, nearest the old position first, per direction. */
  maxHitsPerPiece: 4,
  /** Most exact occurrences of a whole quote ranked by their context, per direction. */
  maxOccurrences: 32,
  /** Most pieces of a quote searched for exactly over the whole text when the window fails. */
  maxPieces: 6,
  /** Pieces shorter than this match everywhere and say nothing about where the quote went. */
  minPiece: 8,
} as const

/**
 * Start offsets of `needle` in `text`, at most `limit` on each side of `around`, nearest first
 * on each side. Only forward searches are used (V8's indexOf is Boyer-Moore, linear; its
 * lastIndexOf is a naive O(n·m) scan): before `around` the text is read in chunks that double
 * as they move away, each scanned once. O(n) per direction, whatever the text.
 */
export function occurrencesAround(text: string, needle: string, around: number, limit: number): number[] {
  if (needle.length === 0 || limit <= 0) return []
  const found: number[] = []
  for (let at = text.indexOf(needle, around), n = 0; at >= 0 && n < limit; n++) {
    found.push(at)
    at = text.indexOf(needle, at + 1)
  }
  let before = 0
  for (let hi = Math.min(around, text.length), span = 4_096; hi > 0 && before < limit; span *= 2) {
    const lo = Math.max(0, hi - span)
    // Occurrences starting in [lo, hi), found left to right in a slice that ends where they must.
    const chunk = text.slice(lo, Math.min(text.length, hi + needle.length - 1))
    const inChunk: number[] = []
    for (let at = chunk.indexOf(needle); at >= 0; at = chunk.indexOf(needle, at + 1)) inChunk.push(lo + at)
    for (let i = inChunk.length - 1; i >= 0 && before < limit; i--, before++) found.push(inChunk[i] as number)
    hi = lo
  }
  return found
}
