/** A claim's quote with the text around it, for reading the claim where the article makes it. */
export interface ClaimContext {
  before: string
  exact: string
  after: string
  /** True when the context is the whole paragraph(s) of the article, false when only the stored quote context. */
  inParagraph: boolean
}

interface AnchorLike {
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
}

/**
 * The paragraph(s) holding the claim, the claim's span marked out. Offsets are UTF-16 code units
 * (W3C Web Annotation TextPositionSelector), as String.prototype.slice counts. When the body is
 * not the version the anchor was made on (or the quote is no longer there), the anchor's own
 * TextQuoteSelector prefix and suffix are the context.
 */
export function claimContext(body: string | null, anchor: AnchorLike): ClaimContext {
  if (body !== null && body.slice(anchor.start, anchor.end) === anchor.exact) {
    const paragraphStart = body.lastIndexOf('\n', anchor.start - 1) + 1
    const nextBreak = body.indexOf('\n', anchor.end)
    const paragraphEnd = nextBreak === -1 ? body.length : nextBreak
    return {
      before: body.slice(paragraphStart, anchor.start),
      exact: anchor.exact,
      after: body.slice(anchor.end, paragraphEnd),
      inParagraph: true,
    }
  }
  return { before: anchor.prefix, exact: anchor.exact, after: anchor.suffix, inParagraph: false }
}

/**
 * The mark for context cut off after the quote: "…", unless the context already ends a sentence
 * there ("anonymity." is not followed by "…": one stop is enough).
 */
export function cutMark(after: string): string {
  return /[.!?…]["”’»)\]]?\s*$/u.test(after) ? '' : '…'
}
