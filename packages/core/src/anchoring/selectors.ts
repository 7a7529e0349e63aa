import { AnchorRangeError } from './errors.ts'

/**
 * W3C Web Annotation Data Model §4.2.5 TextPositionSelector: offsets into the article version's
 * text, counted in UTF-16 code units (what JavaScript strings index by), end exclusive.
 */
export interface TextPositionSelector {
  start: number
  end: number
}

/**
 * W3C Web Annotation Data Model §4.2.4 TextQuoteSelector: the quoted text with a little context
 * either side, so the quote can be found again after the text changes.
 */
export interface TextQuoteSelector {
  exact: string
  prefix: string
  suffix: string
}

/** A claim's anchor carries both selectors, as the design asks: position first, quote as fallback. */
export type TextAnchor = TextPositionSelector & TextQuoteSelector

/** Hypothesis and Apache Annotator use about 32 characters of context; enough to tell repeats apart. */
export const DEFAULT_CONTEXT_LENGTH = 32

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

/** True when `offset` falls between the two code units of an astral character (an emoji, say). */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset))
}

/**
 * Derives the TextQuoteSelector from a TextPositionSelector over `text`.
 *
 * Offsets that cut an astral character in half are refused rather than nudged: the caller's
 * offsets are wrong (probably counted in code points), and silently moving them would store an
 * anchor the user never selected.
 */
export function describeSelection(
  text: string,
  start: number,
  end: number,
  contextLength = DEFAULT_CONTEXT_LENGTH,
): TextAnchor {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new AnchorRangeError('not-an-integer', `Offsets must be integers (got ${start}, ${end})`)
  }
  if (start < 0 || end > text.length || start > text.length) {
    throw new AnchorRangeError(
      'out-of-range',
      `Offsets ${start}..${end} fall outside the text (length ${text.length})`,
    )
  }
  if (start >= end) {
    throw new AnchorRangeError('empty-or-reversed', `start (${start}) must be less than end (${end})`)
  }
  for (const offset of [start, end]) {
    if (splitsSurrogatePair(text, offset)) {
      throw new AnchorRangeError(
        'splits-surrogate-pair',
        `Offset ${offset} falls inside a surrogate pair; offsets are UTF-16 code units`,
      )
    }
  }
  if (!Number.isInteger(contextLength) || contextLength < 0) {
    throw new AnchorRangeError('invalid-option', `contextLength must be a non-negative integer`)
  }

  // The context is ours to cut, so here a split pair is avoided by taking one code unit less
  // rather than storing a lone surrogate in prefix or suffix.
  let prefixStart = Math.max(0, start - contextLength)
  if (splitsSurrogatePair(text, prefixStart)) prefixStart += 1
  let suffixEnd = Math.min(text.length, end + contextLength)
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd -= 1

  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  }
}

/**
 * A UTF-16 offset (JavaScript string index, how anchors are stored) as a count of Unicode code
 * points, the unit W3C Web Annotation selectors count in (TextPositionSelector, §4.2.2): each
 * astral character (an emoji, many CJK ideographs) is one code point but two code units before it.
 */
export function toCodePointOffset(text: string, offset: number): number {
  let points = 0
  for (let i = 0; i < offset; i++) {
    const unit = text.charCodeAt(i)
    // A high surrogate followed by a low one is a pair: one code point for both units.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < offset) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
    }
    points++
  }
  return points
}
