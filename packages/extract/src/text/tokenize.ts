/**
 * A small tokenizer with UTF-16 offsets. Every pattern below is a single pass without nested
 * quantifiers over overlapping classes, so a multi-megabyte text is tokenized in linear time.
 */
export type TokenKind = 'word' | 'punct' | 'quote' | 'break'

export interface Token {
  /** UTF-16 offsets into the input, end exclusive. */
  start: number
  end: number
  text: string
  /** Lower-cased text, with the typographic apostrophe folded to "'". */
  lower: string
  kind: TokenKind
}

// Numbers with thousands separators first, then words with inner apostrophes, hyphens, periods
// (U.S., a.m.), ampersands (AT&T) and a plural possessive's apostrophe (Teachers'), then whitespace runs, then any single code point.
const TOKEN =
  /(\p{N}+(?:[.,]\p{N}+)+)|([\p{L}\p{M}\p{N}]+(?:['’‑\-.&][\p{L}\p{M}\p{N}]+)*(?:(?<=[sS])['’](?![\p{L}\p{N}]))?)|(\s+)|([\s\S])/gu

const INITIALISM = /^(?:\p{Lu}\.)+\p{Lu}$/u
const DOT = 46

/** Double quotation marks of the scripts a Canadian desk reads: straight, curly, low-9, guillemets. */
export const QUOTE_CHARS = new Set(['"', '“', '”', '„', '«', '»', '‟', '″'])

export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const start = m.index
    const raw = m[0]
    const end = start + raw.length
    if (m[3] !== undefined) {
      // Whitespace: only a line break matters (a paragraph boundary); spaces are dropped.
      if (raw.includes('\n') || raw.includes('\u2029')) {
        tokens.push({ start, end, text: raw, lower: '\n', kind: 'break' })
      }
      continue
    }
    if (m[4] !== undefined) {
      const kind: TokenKind = QUOTE_CHARS.has(raw) ? 'quote' : 'punct'
      tokens.push({ start, end, text: raw, lower: raw, kind })
      continue
    }
    const token = wordToken(text, start, raw)
    tokens.push(token)
    if (token.text !== raw) TOKEN.lastIndex = token.end
  }
  return tokens
}

function wordToken(text: string, start: number, raw: string): Token {
  // An initialism keeps its final period ("U.N.", "W.H.O."), so "a U.N. spokesperson" stays one
  // noun phrase; the sentence splitter never ended a sentence after one anyway.
  const word = text.charCodeAt(start + raw.length) === DOT && INITIALISM.test(raw) ? `${raw}.` : raw
  const lower = word.toLowerCase()
  return {
    start,
    end: start + word.length,
    text: word,
    // Most words have no typographic apostrophe: no replace (and no new string) for them.
    lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
    kind: 'word',
  }
}

/** True when a word starts with an upper-case letter (any script that has case). */
export function isCapitalized(token: Token): boolean {
  if (token.kind !== 'word') return false
  const first = token.text.charAt(0)
  return first !== first.toLowerCase() && first === first.toUpperCase()
}
