import type { Doc } from '../../text/document.ts'
import type { QuotationSpan } from '../../text/quotation-marks.ts'
import { isCapitalized, type Token } from '../../text/tokenize.ts'
import {
  ADJUNCT_NOUNS,
  ADVERBS,
  AUXILIARIES,
  BASE_AMBIGUOUS,
  DETERMINERS,
  ING_SPLITTERS,
  NEGATIONS,
  NOUN_HOMOGRAPHS,
  NP_STOPS,
  OBJECT_PRONOUNS,
  PREPOSITIONS,
  PRONOUNS,
  reportingLemma,
  TIME_WORDS,
  TITLE_ABBREVIATIONS,
} from '../lexicon.ts'
import {
  BE_FORMS,
  END_PUNCT,
  IRREGULAR_PAST,
  isLyAdverb,
  isVerbModifier,
  TIME_LEADS,
} from './word-classes.ts'

// Words that open a subordinate clause after a post-posed cue's adjuncts.
const SUBORDINATORS = new Set([
  'as',
  'while',
  'after',
  'when',
  'although',
  'though',
  'because',
  'since',
  'even',
])

/**
 * The first layer of the quote finder (find-quotes.ts): word-level reading of the analysed text —
 * token tests, adjunct runs, and where a clause or a quote's content ends. Every method looks at a
 * bounded window of tokens, so the finder stays linear (see the cost notes in suggestions/suggest.ts).
 */
export class TokenReader {
  protected readonly tokens: Token[]

  constructor(protected readonly doc: Doc) {
    this.tokens = doc.tokens
  }

  protected low(i: number): string {
    const t = this.tokens[i]
    return t && t.kind === 'word' ? t.lower : ''
  }
  protected isPunct(i: number, chars: string): boolean {
    const t = this.tokens[i]
    return !!t && t.kind === 'punct' && chars.includes(t.text)
  }
  protected isWord(i: number): boolean {
    return this.tokens[i]?.kind === 'word'
  }
  protected inQuote(i: number): boolean {
    return (this.doc.inQuotation[i] ?? -1) !== -1
  }

  protected isFunctionWord(l: string): boolean {
    return (
      NP_STOPS.has(l) ||
      PREPOSITIONS.has(l) ||
      DETERMINERS.has(l) ||
      PRONOUNS.has(l) ||
      ADVERBS.has(l) ||
      l === 'to'
    )
  }

  protected wordsIn(first: number, last: number): number {
    let n = 0
    for (let i = first; i <= last && n < 100; i++) if (this.tokens[i]?.kind === 'word') n++
    return n
  }

  /** Skips auxiliaries, negations, adverbs and short time adjuncts leftwards from i. */
  protected skipBack(i: number, floor: number, verb: number) {
    let j = this.pastQuotedAs(i, verb)
    let negated = false
    let passive = false
    let first = true
    while (j >= floor) {
      const t = this.tokens[j] as Token
      if (t.kind !== 'word') break
      const l = t.lower
      if (first && BE_FORMS.has(l) && this.isParticiple(verb)) passive = true
      if (NEGATIONS.has(l)) negated = true
      if (isVerbModifier(t)) {
        if (AUXILIARIES.has(l)) first = false
        j--
        continue
      }
      const before = this.beforeTimeAdjunct(j)
      if (before === j) break
      j = before
    }
    return { j, negated, passive }
  }

  /** "a senior official was quoted as saying": the wire's passive of a reporting verb, skipped as a whole. */
  private pastQuotedAs(i: number, verb: number): number {
    return this.low(verb) === 'saying' && this.low(i) === 'as' && this.low(i - 1) === 'quoted' ? i - 2 : i
  }

  /** The index before a short time adjunct that ends at word j ("on Monday", "yesterday"), or j. */
  private beforeTimeAdjunct(j: number): number {
    const t = this.tokens[j] as Token
    if (!TIME_WORDS.has(t.lower) || (isCapitalized(t) && !/day$/.test(t.lower))) return j
    // "Saskatoon Today reported": a capitalised "Today" after a name ends the name of an outlet.
    const p = this.tokens[j - 1]
    if (t.text === 'Today' && p?.kind === 'word' && isCapitalized(p)) return j
    return TIME_LEADS.has(this.low(j - 1)) ? j - 2 : j - 1
  }

  protected isParticiple(verb: number): boolean {
    const l = this.low(verb)
    return (
      l.endsWith('ed') || l === 'said' || l === 'told' || l === 'written' || l === 'thought' || l === 'found'
    )
  }

  protected adjunctOk(j: number): boolean {
    const t = this.tokens[j]
    if (!t) return false
    if (t.kind !== 'word') return false
    const l = t.lower
    if (l === 'that' || (PRONOUNS.has(l) && !OBJECT_PRONOUNS.has(l))) return l === 'it' || l === 'you'
    return (
      PREPOSITIONS.has(l) ||
      DETERMINERS.has(l) ||
      TIME_WORDS.has(l) ||
      OBJECT_PRONOUNS.has(l) ||
      ADJUNCT_NOUNS.has(l) ||
      ADVERBS.has(l) ||
      isLyAdverb(t) ||
      isCapitalized(t) ||
      /^\p{N}/u.test(t.text)
    )
  }

  protected startsClause(i: number): boolean {
    const l = this.low(i)
    return l === 'that' || (PRONOUNS.has(l) && !OBJECT_PRONOUNS.has(l))
  }

  protected adjunctRun(i: number): boolean {
    const l = this.low(i)
    return l !== '' && (ADVERBS.has(l) || isLyAdverb(this.tokens[i] as Token)) && l !== 'that'
  }

  /** A "that" complementizer reached from the cue across adjunct-like words only. */
  protected findThat(from: number, ceil: number): number {
    for (let j = from; j < ceil; j++) {
      const t = this.tokens[j] as Token
      if (t.kind === 'word' && t.lower === 'that') return j
      if (t.kind === 'punct' && t.text === ',') {
        const past = this.thatPastAside(j)
        if (past !== null) return past
        continue
      }
      if (!this.adjunctOk(j)) return -1
    }
    return -1
  }

  /** The "that" after an aside opened by the comma at j, -1 when none follows it, null when j opens none. */
  private thatPastAside(j: number): number | null {
    // "reported, citing two officials, that …": the cited source is an aside before the "that".
    const aside = this.citingAside(j)
    if (aside !== -1) return this.findThat(aside + 1, Math.min(this.tokens.length, aside + 3))
    // "said in March, when the portables were installed, that …": a clause of time between.
    const clause = this.subordinateAside(j)
    return clause !== -1 && this.low(clause + 1) === 'that' ? clause + 1 : null
  }

  /** The comma that closes ", when X happened," opened by the comma at j (at most 14 words), or -1. */
  protected subordinateAside(j: number): number {
    if (!SUBORDINATORS.has(this.low(j + 1)) && !/^(?:before|until|once)$/u.test(this.low(j + 1))) return -1
    for (let k = j + 2; k < this.tokens.length && k - j <= 16; k++) {
      const u = this.tokens[k] as Token
      if (u.kind === 'punct' && u.text === ',') return k
      if (u.kind !== 'word') return -1
    }
    return -1
  }

  /** The comma that closes ", citing X," / ", quoting X," opened by the comma at j, or -1. */
  protected citingAside(j: number): number {
    const l = this.low(j + 1)
    if (l !== 'citing' && l !== 'quoting') return -1
    for (let k = j + 2; k < this.tokens.length && k - j <= 14; k++) {
      const u = this.tokens[k] as Token
      if (u.kind === 'punct' && u.text === ',') return k
      if (u.kind !== 'word') return -1
    }
    return -1
  }

  /** First token of a sentence's own words, past a dateline ("OTTAWA –", "KELOWNA, B.C. -"). */
  protected bodyStart(si: number): number {
    const s = this.doc.sentences[si]
    if (!s) return 0
    for (let i = s.first; i < s.end && i - s.first <= 8; i++) {
      const t = this.tokens[i] as Token
      if (t.kind === 'punct' && '–—-'.includes(t.text)) return i > s.first ? i + 1 : s.first
      if (
        t.kind === 'word' &&
        t.text !== t.text.toUpperCase() &&
        !TITLE_ABBREVIATIONS.has(t.lower) &&
        !/^\p{Lu}\p{Ll}{0,3}$/u.test(t.text)
      )
        return s.first
      if (t.kind === 'quote') return s.first
    }
    return s.first
  }

  /** After a post-posed cue: only adjuncts until the sentence ends, a comma, or a new cue. */
  protected tailOk(from: number, ceil: number): boolean {
    const first = this.tokens[from]
    if (
      first &&
      first.kind === 'word' &&
      (first.lower === 'that' || (PRONOUNS.has(first.lower) && first.lower !== 'it'))
    )
      return false
    for (let j = from, n = 0; j < ceil; j++, n++) {
      const t = this.tokens[j] as Token
      if (t.kind !== 'word') return true
      if (t.lower === 'that' || t.lower === 'whether' || t.lower === 'if') return false
      if (this.splitterAt(j) || t.lower === 'and' || t.lower === 'but' || t.lower === 'before') return true
      if (n >= 12) return false
    }
    return true
  }

  /** "…, warning that": a participle that opens a new clause; "the first warning" is a noun. */
  private splitterAt(j: number): boolean {
    return (
      ING_SPLITTERS.has(this.low(j)) && !DETERMINERS.has(this.low(j - 1)) && !DETERMINERS.has(this.low(j - 2))
    )
  }

  protected onlyAdjunctsUntilEnd(from: number, ceil: number): boolean {
    let n = 0
    for (let j = from; j < ceil; j++) {
      const t = this.tokens[j] as Token
      if (t.kind === 'punct') {
        const verdict = this.adjunctRunPunct(j, ceil)
        if (verdict !== undefined) return verdict
        continue
      }
      if (t.kind !== 'word') return false
      if (this.splitterAt(j) || (t.lower === 'and' && n > 0) || t.lower === 'before') return true
      if (!this.adjunctOk(j) || ++n > 12) return false
    }
    return true
  }

  /** What punctuation at j says about a run of adjuncts: it ends well (true), badly (false), or goes on. */
  private adjunctRunPunct(j: number, ceil: number): boolean | undefined {
    const t = this.tokens[j] as Token
    if (END_PUNCT.has(t.text) && t.text !== ',' && t.text !== ':') {
      for (let k = j + 1; k < ceil; k++) if (!this.isPunct(k, '.!?…)')) return false
      return true
    }
    if (t.text === ',') return this.commaEndsAdjuncts(j)
    if (t.text === '(' || t.text === ')') return undefined
    return false
  }

  /** A comma after adjuncts: a participle, conjunction or subordinator after it ends them well; else they go on. */
  private commaEndsAdjuncts(j: number): boolean | undefined {
    // "reported, citing two officials, that …": the content is still to come.
    const aside = this.citingAside(j)
    if (aside !== -1 && this.low(aside + 1) === 'that') return false
    // "said in March, when the portables were installed, that …": so is a clause of time.
    const clause = this.subordinateAside(j)
    if (clause !== -1 && this.low(clause + 1) === 'that') return false
    const next = this.low(j + 1)
    const split =
      ING_SPLITTERS.has(next) ||
      next.endsWith('ing') ||
      next === 'according' ||
      next === 'but' ||
      next === 'and' ||
      // "…, the board said Monday, as residents spent a second night away": a clause of its own.
      SUBORDINATORS.has(next)
    return split ? true : undefined
  }

  /** Whether the content reads as a clause (has a verb), not a bare noun phrase. */
  protected clauseLike(from: number, end: number): boolean {
    const l = this.low(from)
    if (l === 'that' || l === 'whether' || l === 'if' || l === 'how' || l === 'why' || l === 'what')
      return true
    for (let j = from; j <= end && j - from < 12; j++) {
      const t = this.tokens[j] as Token
      if (t.kind !== 'word') continue
      const m = t.lower
      if (m === 'that' || AUXILIARIES.has(m) || IRREGULAR_PAST.has(m)) return true
      if (j > from && !isCapitalized(t) && m.length > 4 && m.endsWith('ed')) return true
    }
    return false
  }

  /** Last token of content starting at `from`: the sentence end, or before a new cue or a source. */
  protected contentEnd(from: number, ceil: number): number {
    let end = ceil
    for (let j = from; j < end; j++) {
      const qi = this.doc.inQuotation[j] ?? -1
      if (qi !== -1) {
        const q = this.doc.quotations[qi] as QuotationSpan
        j = Math.max(j, q.last)
        if (j >= end) end = j + 1
        continue
      }
      if (this.endsContent(j, from)) {
        end = j
        break
      }
    }
    let last = end - 1
    while (last >= from) {
      const t = this.tokens[last] as Token
      if (t.kind === 'punct' || t.kind === 'break') last--
      else break
    }
    return last
  }

  /** Whether token j (outside quotation marks) ends content that started at `from`. */
  private endsContent(j: number, from: number): boolean {
    const t = this.tokens[j] as Token
    if (t.kind === 'break') return true
    if (t.kind === 'punct') return (t.text === ',' || t.text === ';') && this.newCueAfterComma(j)
    if (t.kind !== 'word' || j <= from) return false
    if (t.lower === 'but' || t.lower === 'and') return this.coordinatedCue(j)
    return t.lower === 'according' && this.low(j + 1) === 'to'
  }

  /** "…, saying", "…, according to", "…, but denied", "…, but he cautioned that": a new attribution. */
  private newCueAfterComma(j: number): boolean {
    const n1 = this.low(j + 1)
    const n2 = this.low(j + 2)
    if (ING_SPLITTERS.has(n1) || n1 === 'citing' || (n1 === 'according' && n2 === 'to')) return true
    if ((n1 === 'but' || n1 === 'and') && reportingLemma(n2 === 'also' ? this.low(j + 3) : n2)) return true
    if (!(n1 === 'but' || n1 === 'and' || n1 === 'while')) return false
    if (!PRONOUNS.has(n2)) return this.phraseThenCue(j)
    // "…, but he cautioned that …": a new attribution with its own (pronoun) subject.
    const v = this.low(j + 3)
    return Boolean(
      reportingLemma(v) || ((AUXILIARIES.has(v) || ADVERBS.has(v)) && reportingLemma(this.low(j + 4))),
    )
  }

  /** A determiner right before token i, or before the one or two modifier words in front of it. */
  protected determinerAhead(i: number): boolean {
    for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
      const u = this.tokens[k]
      if (u?.kind !== 'word') return false
      // A possessive is a determiner too: "Evergreen's annual report".
      if (DETERMINERS.has(u.lower) || /['’]s?$/u.test(u.lower)) return true
      if (this.isFunctionWord(u.lower) || reportingLemma(u.lower) || isCapitalized(u)) return false
    }
    return false
  }

  /**
   * ", and the city's own report says …": after a conjunction at j + 1, a noun phrase of up to seven
   * words and a reporting verb start a new attribution.
   */
  private phraseThenCue(j: number): boolean {
    const first = this.tokens[j + 2]
    if (first?.kind !== 'word' || !(DETERMINERS.has(first.lower) || isCapitalized(first))) return false
    for (let k = j + 3; k < this.tokens.length && k - j <= 9; k++) {
      const t = this.tokens[k] as Token
      if (t.kind !== 'word' || this.inQuote(k)) return false
      const lemma = reportingLemma(t.lower)
      if (!lemma || t.lower.endsWith('ing') || NOUN_HOMOGRAPHS.has(t.lower)) continue
      // "the city's own annual report" is the phrase; its verb comes after it.
      if (!(BASE_AMBIGUOUS.has(t.lower) && this.determinerAhead(k))) return true
    }
    return false
  }

  /** "… and said", "… but also denied": a second cue after a conjunction at j. */
  private coordinatedCue(j: number): boolean {
    const n = this.low(j + 1) === 'also' ? this.low(j + 2) : this.low(j + 1)
    const lemma = reportingLemma(n)
    return (
      Boolean(lemma) && !n.endsWith('ing') && !NOUN_HOMOGRAPHS.has(n) && this.tokens[j + 1]?.kind === 'word'
    )
  }
}
