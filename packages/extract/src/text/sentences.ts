import { reportingLemma } from '../quotes/lexicon.ts'
import { isCapitalized, type Token } from './tokenize.ts'

/** A sentence as a token range [first, end) that never crosses a paragraph break. */
export interface Sentence {
  first: number
  end: number
}

// Abbreviations after which a period does not end a sentence (titles, months, provinces, companies).
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov lt col gen sgt capt cpl cmdr adm insp supt det const st mt ft jr sr coun cllr pte maj ' +
    'inc ltd co corp bros vs etc no nos vol fig approx est dept univ assn ave blvd rd hon rev fr ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ont que alta sask man nfld calif mass wash ' +
    'u.s u.k u.n e.g i.e a.m p.m b.c n.s n.b p.e.i n.w.t d.c'
  ).split(' '),
)
const TERMINATORS = new Set(['.', '!', '?', '…'])
const CLOSING = new Set([')', ']', '’', "'"])

/**
 * Splits tokens into sentences: a terminator followed by a capital, a digit, an opening mark or the
 * end of a paragraph ends a sentence, unless the period closes an abbreviation or an initial.
 * `closers` holds the token indexes of closing quotation marks.
 */
export function splitSentences(tokens: Token[], closers: ReadonlySet<number>): Sentence[] {
  const sentences: Sentence[] = []
  let first = -1
  const push = (end: number) => {
    if (first !== -1 && end > first) sentences.push({ first, end })
    first = -1
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (t.kind === 'break') {
      push(i)
      continue
    }
    if (first === -1) first = i
    if (t.kind !== 'punct' || !TERMINATORS.has(t.text)) continue
    const j = pastClosingMarks(tokens, i + 1, closers)
    const next = tokens[j]
    if (next && next.kind !== 'break' && !endsSentence(tokens, i, j, closers)) continue
    push(j)
    i = j - 1
  }
  push(tokens.length)
  return sentences
}

/** Closing marks and brackets right after a terminator belong to its sentence: the index past them. */
function pastClosingMarks(tokens: Token[], from: number, closers: ReadonlySet<number>): number {
  let j = from
  while (j < tokens.length) {
    const c = tokens[j] as Token
    if (
      (c.kind === 'quote' && closers.has(j)) ||
      (c.kind === 'punct' && (CLOSING.has(c.text) || TERMINATORS.has(c.text)))
    )
      j++
    else break
  }
  return j
}

/** Whether the terminator at i (closing marks up to j) ends its sentence before the token at j. */
function endsSentence(tokens: Token[], i: number, j: number, closers: ReadonlySet<number>): boolean {
  const t = tokens[i] as Token
  const next = tokens[j] as Token
  // "“Is that fair?” Patel asked.": a question or exclamation inside a quotation is not the end
  // of the sentence when its attribution follows (a reporting verb before any punctuation).
  if (t.text !== '.' && closers.has(j - 1) && attributionFollows(tokens, j)) return false
  if (
    t.text === '.' &&
    j === i + 1 &&
    isAbbreviation(tokens[i - 1]) &&
    !closesSentenceAnyway(tokens[i - 1], next)
  )
    return false
  return (
    isCapitalized(next) ||
    (next.kind === 'word' && /^\p{N}/u.test(next.text)) ||
    (next.kind === 'quote' && !closers.has(j)) ||
    (next.kind === 'punct' &&
      (next.text === '(' || next.text === '[' || next.text === '—' || next.text === '-'))
  )
}

// Abbreviations that end a clause more often than they precede a name ("by 6 p.m. Some residents
// said", "Acme Inc. The company …"): their period ends the sentence before a word that opens one.
const CLAUSE_FINAL = new Set([
  'a.m',
  'p.m',
  'inc',
  'ltd',
  'corp',
  'co',
  'etc',
  'jr',
  'sr',
  'u.s',
  'u.k',
  'u.n',
])
const OPENERS = new Set(
  'the a an some many most several he she it they we i this that these those there his her their its in on at after before when while but and however meanwhile police officials residents'.split(
    ' ',
  ),
)

function closesSentenceAnyway(prev: Token | undefined, next: Token): boolean {
  return (
    prev?.kind === 'word' &&
    CLAUSE_FINAL.has(prev.lower) &&
    next.kind === 'word' &&
    isCapitalized(next) &&
    OPENERS.has(next.lower)
  )
}

/** A word whose following period closes an abbreviation or an initial, not a sentence. */
function isAbbreviation(prev: Token | undefined): boolean {
  if (prev?.kind !== 'word') return false
  return (
    ABBREVIATIONS.has(prev.lower) ||
    prev.lower.includes('.') ||
    (prev.text.length === 1 && isCapitalized(prev))
  )
}

/** Whether a speaker and reporting verb start at token j: a reporting verb within 8 words, before any punctuation. */
function attributionFollows(tokens: Token[], j: number): boolean {
  for (let k = j; k < tokens.length && k - j < 8; k++) {
    const t = tokens[k] as Token
    if (t.kind !== 'word') return false
    if (reportingLemma(t.lower) && k > j) return true
  }
  return false
}
