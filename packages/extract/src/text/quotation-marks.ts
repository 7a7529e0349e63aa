import type { Token } from './tokenize.ts'

/** A span between quotation marks, marks included (the annotation convention: maximal, with marks). */
export interface QuotationSpan {
  /** Token index of the opening mark. */
  open: number
  /** Token index of the closing mark, or -1 when the paragraph ends first (a quote that runs on). */
  close: number
  /** Last token index inside the span (the closing mark, or the paragraph's last token). */
  last: number
  start: number
  end: number
}

const OPENERS = new Set(['“', '„', '«', '‟'])
const CLOSERS = new Set(['”', '»'])
const isLetterOrDigit = (ch: string) => /[\p{L}\p{N}]/u.test(ch)

/** Whether a quotation mark opens a quote, closes the open one, or is skipped (an apostrophe-like stray). */
function markRole(text: string, t: Token, quoteOpen: boolean): 'open' | 'close' | 'skip' {
  const before = t.start > 0 ? text.charAt(t.start - 1) : ' '
  const after = t.end < text.length ? text.charAt(t.end) : ' '
  // After a space and glued to the next word: how an opening mark stands.
  const opensWord = /\s/.test(before) && isLetterOrDigit(after)
  if (OPENERS.has(t.text)) return 'open'
  if (CLOSERS.has(t.text)) return quoteOpen ? 'close' : opensWord ? 'open' : 'skip'
  return straightMarkRole(before, after, quoteOpen)
}

function straightMarkRole(before: string, after: string, quoteOpen: boolean): 'open' | 'close' | 'skip' {
  // A straight mark glued to the next word after a space opens a new quote: the last one was stray.
  if (quoteOpen)
    return /\s/.test(before) && isLetterOrDigit(after) && !isLetterOrDigit(before) ? 'open' : 'close'
  return isLetterOrDigit(before) && !isLetterOrDigit(after) ? 'skip' : 'open'
}

/**
 * Pairs quotation marks paragraph by paragraph. Curly marks say which side they are; a straight
 * mark is read from its neighbours and from whether a quote is open. An unbalanced mark never
 * swallows more than its paragraph: a paragraph that ends inside a quote closes it there (the
 * news convention for a quote that runs on into the next paragraph).
 */
export function pairQuotationMarks(text: string, tokens: Token[]): QuotationSpan[] {
  const spans: QuotationSpan[] = []
  let open = -1
  let lastInParagraph = -1
  const closeParagraph = () => {
    if (open !== -1 && lastInParagraph > open) {
      const lastToken = tokens[lastInParagraph] as Token
      spans.push({
        open,
        close: -1,
        last: lastInParagraph,
        start: (tokens[open] as Token).start,
        end: lastToken.end,
      })
    }
    open = -1
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (t.kind === 'break') {
      closeParagraph()
      continue
    }
    lastInParagraph = i
    if (t.kind !== 'quote') continue
    const role = markRole(text, t, open !== -1)
    if (role === 'open') open = i
    else if (role === 'close' && open !== -1) {
      spans.push({ open, close: i, last: i, start: (tokens[open] as Token).start, end: t.end })
      open = -1
    }
  }
  closeParagraph()
  return spans
}
