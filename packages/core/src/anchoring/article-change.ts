import { reanchor } from './reanchor.ts'
import type { TextAnchor } from './selectors.ts'

/** A quote in the paragraph it sits in: what an editor compares when an article changed. */
export interface QuotedPassage {
  /** The quote as it reads in this text. */
  quote: string
  /** Where the quote sits in the article text (UTF-16 code units, end exclusive). */
  start: number
  end: number
  /** The paragraph around the quote, at most PASSAGE_CONTEXT characters either side of it. */
  text: string
  /** Where `text` starts in the article text. */
  textStart: number
}

/**
 * How a published claim's quoted passage fared in a new version of its article (design.md,
 * Workflow: "the article changed after publication"):
 * - `unchanged`: the quote and the paragraph around it read exactly as before;
 * - `changed`: the quote is still found (exactly, moved, or by the fuzzy search re-anchoring uses)
 *   but it or its paragraph reads differently;
 * - `gone`: re-anchoring finds no trace of it (the claim would be an orphan).
 */
export type PassageComparison =
  | { kind: 'unchanged' | 'changed'; before: QuotedPassage; after: QuotedPassage }
  | { kind: 'gone'; before: QuotedPassage; after: null }

/** How far either side of a quote the passage reaches, when its paragraph is longer. */
export const PASSAGE_CONTEXT = 300

/** The paragraph around [start, end) of `text`, cut at PASSAGE_CONTEXT characters either side. */
export function passageAround(text: string, start: number, end: number): QuotedPassage {
  const paragraphStart = text.lastIndexOf('\n\n', Math.max(0, start - 1))
  let from = paragraphStart === -1 ? 0 : paragraphStart + 2
  if (from > start) from = start
  from = Math.max(from, start - PASSAGE_CONTEXT)
  const paragraphEnd = text.indexOf('\n\n', end)
  let to = paragraphEnd === -1 ? text.length : paragraphEnd
  if (to < end) to = end
  to = Math.min(to, end + PASSAGE_CONTEXT)
  return { quote: text.slice(start, end), start, end, text: text.slice(from, to), textStart: from }
}

/**
 * Compares the passage a published claim quotes in `oldText` with where re-anchoring finds it in
 * `newText`. Pure: the same texts and anchor always give the same answer.
 */
export function compareQuotedPassage(
  oldText: string,
  anchor: TextAnchor,
  newText: string,
): PassageComparison {
  const before = passageAround(oldText, anchor.start, anchor.end)
  const found = reanchor(newText, { ...anchor, exact: before.quote || anchor.exact })
  if (found.status === 'orphan') return { kind: 'gone', before, after: null }
  const after = passageAround(newText, found.start, found.end)
  const same = after.quote === before.quote && after.text === before.text
  return { kind: same ? 'unchanged' : 'changed', before, after }
}
