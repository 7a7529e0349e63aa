import { editDistance } from './edit-distance.ts'
import type { TextAnchor } from './selectors.ts'

export interface Candidate {
  start: number
  end: number
  errors: number
}

/** 1 when `actual` is `expected`, falling towards 0 as they differ. */
function similarity(expected: string, actual: string): number {
  const length = Math.max(expected.length, actual.length)
  if (length === 0) return 1
  return 1 - editDistance(expected, actual) / length
}

/**
 * How well the text around a candidate matches the anchor's prefix and suffix (0..2). This is
 * the point of W3C Web Annotation §4.2.4's prefix/suffix: telling apart repeats of the same quote.
 */
export function contextScore(text: string, candidate: Candidate, anchor: TextAnchor): number {
  const before = text.slice(Math.max(0, candidate.start - anchor.prefix.length), candidate.start)
  const after = text.slice(candidate.end, candidate.end + anchor.suffix.length)
  return similarity(anchor.prefix, before) + similarity(anchor.suffix, after)
}

/**
 * Fewest errors in the quote first (the quote is the claim), then the best-matching context,
 * then the one nearest the old position (edits are usually local).
 */
export function pickBest(text: string, candidates: Candidate[], anchor: TextAnchor): Candidate | undefined {
  let best: { candidate: Candidate; context: number; distance: number } | undefined
  for (const candidate of candidates) {
    const context = contextScore(text, candidate, anchor)
    const distance = Math.abs(candidate.start - anchor.start)
    if (
      best === undefined ||
      candidate.errors < best.candidate.errors ||
      (candidate.errors === best.candidate.errors &&
        (context > best.context || (context === best.context && distance < best.distance)))
    ) {
      best = { candidate, context, distance }
    }
  }
  return best?.candidate
}
