import { analyse, type Doc } from '../text/document.ts'
import type { QuotationSpan } from '../text/quotation-marks.ts'
import { isCapitalized, type Token } from '../text/tokenize.ts'
import {
  ADJUNCT_NOUNS,
  ADVERBS,
  AUXILIARIES,
  BASE_AMBIGUOUS,
  CONJUNCTIONS,
  DETERMINERS,
  DIRECT_ONLY_LEMMAS,
  FINDING_SUBJECTS,
  ING_SPLITTERS,
  NAMING_LEMMAS,
  NEGATIONS,
  NOUN_HOMOGRAPHS,
  NP_STOPS,
  OBJECT_PRONOUNS,
  OPEN_LEMMAS,
  PREPOSITIONS,
  PRONOUNS,
  RELATIVE,
  reportingLemma,
  TELL_LEMMAS,
  THAT_ONLY_LEMMAS,
  TIME_WORDS,
  TITLE_ABBREVIATIONS,
} from './lexicon.ts'
import { resolveSources } from './resolve-sources.ts'

/** A span of the input: UTF-16 offsets, end exclusive, and the text there. */
export interface TextSpan {
  start: number
  end: number
  text: string
}

export type QuoteType = 'direct' | 'indirect' | 'mixed'

/**
 * One attribution in the PARC sense: who (source), the cue that attributes (cue), what (content).
 * Spans follow the Gender Gap Tracker annotation conventions (see eval/README in the repo): the
 * content is maximal and keeps its quotation marks, a paraphrase keeps its leading "that" and drops
 * its final period, the source is the mention as written, the cue is the main reporting verb.
 */
export interface Attribution {
  type: QuoteType
  /** A quote with no source or cue in its own sentence ("A," he said. "B." — B floats). */
  floating: boolean
  content: TextSpan
  cue: TextSpan | null
  /** Lemma of the cue ("say", "deny", "according to"), null for floating quotes. */
  cueLemma: string | null
  /** The source as written; a pronoun stays a pronoun. Null for floating quotes. */
  source: TextSpan | null
  /** For a pronoun source or a floating quote: the nearest compatible named source before it. */
  resolvedSource: TextSpan | null
  /** The sentence the cue (or the content, for floating quotes) is in. */
  sentence: { start: number; end: number }
}

interface Item {
  type: QuoteType
  floating: boolean
  first: number
  last: number
  verb: number
  verbLast: number
  speaker: [number, number] | null
  sentence: number
  verbLemma: string | null
}

const LY_NOT_ADVERBS = new Set(
  'family assembly supply anomaly rally ally homily monopoly italy july daily weekly monthly quarterly yearly butterfly bully belly jelly holly lily emily kelly molly sally billy reilly riley bradley beverly ashley shelly kimberly stanley wesley hadley'.split(
    ' ',
  ),
)
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"])
const IRREGULAR_PAST = new Set(
  'was were had did made took gave went came got spoke met knew left told saw said paid sent put kept lost won held led ran sold bought brought thought felt found began became fell grew rose hit cut set meant stood heard built broke chose drove wrote'.split(
    ' ',
  ),
)
const INVERSION_FORMS = new Set(
  'said says added asked wrote writes explained continued replied responded noted recalled insisted argued acknowledged admitted warned tweeted stated declared joked quipped observed remarked countered concluded shouted yelled suggested claimed predicted cautioned complained conceded confirmed'.split(
    ' ',
  ),
)
// Links between a head noun and its post-modifier ("people with knowledge of", "officials familiar with").
const POST_MODIFIER_LINKS = new Set('of with on by to from at for in within inside close'.split(' '))
const POST_MODIFIERS = new Set(
  'familiar close quoted cited briefed involved knowledgeable aware connected obtained seen reviewed interviewed released published issued commissioned conducted prepared filed funded led written'.split(
    ' ',
  ),
)
// Word shapes of English adjectives (derivational suffixes and hyphenated compounds).
const ADJECTIVE_SHAPE = /(?:-\p{L}+|ed|en|ing|ful|ous|ive|al|ic|ish|less|able|ible|ant|ent|ary|ly|y)$/u
const END_PUNCT = new Set(['.', '!', '?', '…', ';', ':', ','])

const isLyAdverb = (t: Token) =>
  t.kind === 'word' &&
  !isCapitalized(t) &&
  t.lower.length >= 6 &&
  t.lower.endsWith('ly') &&
  !LY_NOT_ADVERBS.has(t.lower)

/** Finds the attributions (quotes with source and cue) of a text. Pure, linear in the text length. */
export function findQuotes(text: string, doc: Doc = analyse(text)): Attribution[] {
  return new QuoteFinder(doc).run()
}

class QuoteFinder {
  private readonly tokens: Token[]
  private readonly items: Item[] = []
  private readonly consumedVerbs = new Set<number>()
  // Indexes so that every lookup stays O(1) and a multi-megabyte text stays linear.
  private readonly itemsBySentence = new Map<number, Item[]>()
  private readonly itemByVerb = new Map<number, Item>()
  private readonly attributedOpens = new Set<number>()

  private add(item: Item): void {
    this.items.push(item)
    if (item.verb >= 0) this.itemByVerb.set(item.verb, item)
    if (item.type === 'direct' && !item.floating) this.attributedOpens.add(item.first)
    for (const si of new Set([item.sentence, this.doc.sentenceOf[item.last] ?? -1])) {
      const list = this.itemsBySentence.get(si)
      if (list) list.push(item)
      else this.itemsBySentence.set(si, [item])
    }
  }

  constructor(private readonly doc: Doc) {
    this.tokens = doc.tokens
  }

  run(): Attribution[] {
    const embedded = this.directQuotes()
    this.indirectQuotes()
    this.leftoverQuotations(embedded)
    return this.finish()
  }

  // ---------------------------------------------------------------- token helpers
  private low(i: number): string {
    const t = this.tokens[i]
    return t && t.kind === 'word' ? t.lower : ''
  }
  private isPunct(i: number, chars: string): boolean {
    const t = this.tokens[i]
    return !!t && t.kind === 'punct' && chars.includes(t.text)
  }
  private isWord(i: number): boolean {
    return this.tokens[i]?.kind === 'word'
  }
  private inQuote(i: number): boolean {
    return (this.doc.inQuotation[i] ?? -1) !== -1
  }

  private isFunctionWord(l: string): boolean {
    return (
      NP_STOPS.has(l) ||
      PREPOSITIONS.has(l) ||
      DETERMINERS.has(l) ||
      PRONOUNS.has(l) ||
      ADVERBS.has(l) ||
      l === 'to'
    )
  }

  /** Skips auxiliaries, negations, adverbs and short time adjuncts leftwards from i. */
  private skipBack(i: number, floor: number, verb: number) {
    let j = i
    let negated = false
    let passive = false
    let first = true
    while (j >= floor) {
      const t = this.tokens[j] as Token
      if (t.kind !== 'word') break
      const l = t.lower
      if (first && BE_FORMS.has(l) && this.isParticiple(verb)) passive = true
      if (NEGATIONS.has(l)) negated = true
      if (AUXILIARIES.has(l) || NEGATIONS.has(l) || ADVERBS.has(l) || isLyAdverb(t)) {
        if (AUXILIARIES.has(l)) first = false
        j--
        continue
      }
      if (TIME_WORDS.has(l) && (!isCapitalized(t) || /day$/.test(l))) {
        j--
        const p = this.low(j)
        if (p === 'on' || p === 'last' || p === 'this' || p === 'earlier' || p === 'late' || p === 'early')
          j--
        continue
      }
      break
    }
    return { j, negated, passive }
  }

  private isParticiple(verb: number): boolean {
    const l = this.low(verb)
    return (
      l.endsWith('ed') || l === 'said' || l === 'told' || l === 'written' || l === 'thought' || l === 'found'
    )
  }

  private isNounish(i: number): boolean {
    const t = this.tokens[i]
    if (t?.kind !== 'word') return false
    return isCapitalized(t) || !this.isFunctionWord(t.lower)
  }

  /** The noun phrase that ends at token i (its head), read right to left; null if i is no head. */
  private npBackward(i: number, floor: number): [number, number] | null {
    if (i < floor) return null
    const t = this.tokens[i]
    if (t?.kind !== 'word' || this.inQuote(i)) return null
    const l = t.lower
    if (PRONOUNS.has(l)) return [i, i + 1]
    // "a report", "the claim": a noun after its determiner, though "report" is also a reporting verb.
    const noun = BASE_AMBIGUOUS.has(l) && DETERMINERS.has(this.low(i - 1))
    if (this.isFunctionWord(l) || TIME_WORDS.has(l) || (reportingLemma(l) && !noun)) return null
    let a = i
    for (let j = i - 1; j >= floor && i - j <= 10; j--) {
      const u = this.tokens[j] as Token
      if (u.kind === 'punct') {
        // "the soft-spoken, silver-haired auditor": coordinated adjectives after a determiner.
        if (u.text === ',' && this.adjectiveBeforeComma(j, i, floor)) continue
        // "J. Smith": an initial's period stays inside the name.
        const w = this.tokens[j - 1]
        if (
          u.text === '.' &&
          w &&
          w.kind === 'word' &&
          isCapitalized(w) &&
          (w.text.length <= 2 || TITLE_ABBREVIATIONS.has(w.lower))
        )
          continue
        break
      }
      if (u.kind !== 'word' || this.inQuote(j)) break
      const m = u.lower
      if (DETERMINERS.has(m)) {
        a = j
        break
      }
      if (
        (m === 'of' || m === 'for' || m === 'at' || m === 'from' || m === 'with') &&
        this.isNounish(j - 1) &&
        !TIME_WORDS.has(this.low(j - 1))
      ) {
        continue
      }
      if (
        (m === 'and' || m === '&') &&
        isCapitalized(this.tokens[j - 1] as Token) &&
        isCapitalized(this.tokens[a] as Token)
      )
        continue
      if (this.isFunctionWord(m) || TIME_WORDS.has(m) || reportingLemma(m)) break
      if (!isCapitalized(u) && CONJUNCTIONS.has(m)) break
      a = j
    }
    return [a, i + 1]
  }

  /** A comma at j between adjectives of one noun phrase: a lower-case modifier word, a determiner within 3 words before it. */
  private adjectiveBeforeComma(j: number, head: number, floor: number): boolean {
    const w = this.tokens[j - 1]
    const after = this.tokens[j + 1]
    // The head must be at least two words past the comma ("the plan, experts said" is two phrases).
    if (w?.kind !== 'word' || !after || after.kind !== 'word' || head < j + 2) return false
    if (isCapitalized(w) || this.isFunctionWord(w.lower) || isCapitalized(after)) return false
    if (this.isFunctionWord(after.lower)) return false
    if (!ADJECTIVE_SHAPE.test(w.lower) && !ADJECTIVE_SHAPE.test(after.lower)) return false
    for (let k = j - 2; k >= floor && j - k <= 4; k--) {
      const u = this.tokens[k] as Token
      if (u.kind !== 'word') return false
      if (DETERMINERS.has(u.lower)) return true
      if (this.isFunctionWord(u.lower) || reportingLemma(u.lower)) return false
    }
    return false
  }

  /** The noun phrase that starts at token i, read left to right (an inverted speaker: "said Smith"). */
  private npForward(i: number, ceil: number): [number, number] | null {
    const t = this.tokens[i]
    if (i >= ceil || !t || t.kind !== 'word' || this.inQuote(i)) return null
    if (PRONOUNS.has(t.lower)) return [i, i + 1]
    let j = i
    if (DETERMINERS.has(t.lower)) j++
    let b = -1
    for (; j < ceil && j - i < 12; j++) {
      const u = this.tokens[j] as Token
      if (u.kind === 'punct') {
        const w = this.tokens[j - 1] as Token
        if (
          u.text === '.' &&
          b === j &&
          isCapitalized(w) &&
          (w.text.length <= 2 || TITLE_ABBREVIATIONS.has(w.lower))
        )
          continue
        break
      }
      if (u.kind !== 'word' || this.inQuote(j)) break
      const m = u.lower
      if (
        b !== -1 &&
        (m === 'of' || m === 'for' || m === 'at' || m === 'with' || m === 'from') &&
        (isCapitalized(this.tokens[j + 1] as Token) || DETERMINERS.has(this.low(j + 1)))
      )
        continue
      if (this.isFunctionWord(m) || TIME_WORDS.has(m) || reportingLemma(m)) break
      b = j + 1
    }
    return b > i ? [i, b] : null
  }

  /** The speaker of a cue whose left context ends at b: a noun phrase, past an appositive or relative clause. */
  private speakerBefore(b: number, floor: number): [number, number] | null {
    if (b < floor) return null
    const t = this.tokens[b] as Token
    if (t.kind === 'punct' && (t.text === ',' || t.text === ')')) {
      const opener = t.text === ',' ? ',' : '('
      for (let c = b - 1; c >= floor && b - c <= 24; c--) {
        const u = this.tokens[c] as Token
        if (u.kind === 'quote' || (u.kind === 'punct' && '.!?;:'.includes(u.text))) return null
        if (u.kind === 'punct' && u.text === opener) {
          const head = this.tokens[c + 1]
          const appositive =
            opener === '(' ||
            (head !== undefined &&
              head.kind === 'word' &&
              (RELATIVE.has(head.lower) ||
                DETERMINERS.has(head.lower) ||
                !isCapitalized(head) ||
                c + 1 < b - 1))
          const np = appositive ? this.npBackward(c - 1, floor) : null
          return np && this.withPostModifiers(np, floor)
        }
      }
      return null
    }
    if (t.kind !== 'word') return null
    if ((t.lower === 'who' || t.lower === 'which') && b - 1 >= floor) {
      const np = this.isPunct(b - 1, ',') ? this.npBackward(b - 2, floor) : this.npBackward(b - 1, floor)
      return np && this.withPostModifiers(np, floor)
    }
    const np = this.npBackward(b, floor)
    return np && this.withPostModifiers(np, floor)
  }

  /**
   * A subject with post-modifiers: "two people with knowledge of the talks", "a former employee of
   * the department", "officers familiar with the case", "a source quoted by the Herald". Extends the
   * phrase left over preposition + noun phrase links (at most three, 16 tokens) when the whole
   * phrase then opens its clause; otherwise the phrase stays as it was.
   */
  private withPostModifiers(np: [number, number], floor: number): [number, number] {
    let a = np[0]
    let best = np
    for (let step = 0; step < 3; step++) {
      const p = a - 1
      if (p < floor || !POST_MODIFIER_LINKS.has(this.low(p)) || np[1] - p > 16) break
      let q = this.beforeParticipleTime(p - 1, floor)
      if (POST_MODIFIERS.has(this.low(q))) q--
      if (q < floor || this.tokens[q]?.kind !== 'word' || this.inQuote(q)) break
      const head = this.low(q)
      // "a report released …" is a noun after its determiner, not the verb "report".
      const verb = reportingLemma(head) && !(BASE_AMBIGUOUS.has(head) && DETERMINERS.has(this.low(q - 1)))
      if (PRONOUNS.has(head) || verb || AUXILIARIES.has(head)) break
      const outer = this.npBackward(q, floor)
      if (!outer) break
      a = outer[0]
      if (this.opensClause(a, floor)) best = [a, np[1]]
    }
    return best
  }

  /**
   * A participle's time adjunct, read right to left: "a report released Tuesday by …", "a study
   * published on Monday in …". Returns the participle's index when one stands before the time words,
   * otherwise q unchanged (a time word alone is no post-modifier).
   */
  private beforeParticipleTime(q: number, floor: number): number {
    let r = q
    while (r >= floor && r > q - 3 && TIME_WORDS.has(this.low(r))) r--
    if (r < q && this.low(r) === 'on') r--
    return r < q && r >= floor && POST_MODIFIERS.has(this.low(r)) ? r : q
  }

  /** Whether token a starts a clause: the sentence start, or after punctuation, a quote or a conjunction. */
  private opensClause(a: number, floor: number): boolean {
    if (a <= floor) return true
    const t = this.tokens[a - 1] as Token
    if (t.kind === 'punct' || t.kind === 'quote' || t.kind === 'break') return true
    return CONJUNCTIONS.has(t.lower) || t.lower === 'that'
  }

  private adjunctOk(j: number): boolean {
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

  private headline = -2

  /** The title line: a first paragraph of one short sentence without a final period, with text after it. */
  private isHeadline(si: number): boolean {
    if (si !== 0) return false
    if (this.headline === -2) {
      this.headline = -1
      const s = this.doc.sentences[0]
      const after = s ? this.tokens[s.end] : undefined
      const lastTok = s ? (this.tokens[s.end - 1] as Token) : undefined
      if (
        s &&
        lastTok &&
        after?.kind === 'break' &&
        s.first === 0 &&
        !this.isPunct(s.end - 1, '.!?…') &&
        lastTok.kind !== 'quote' &&
        this.wordsIn(s.first, s.end - 1) <= 25
      )
        this.headline = 0
    }
    return this.headline === 0
  }

  // ---------------------------------------------------------------- direct quotes
  /** Quotation spans with a source and cue before or after them; returns the ones left unattributed. */
  private directQuotes(): number[] {
    const embedded: number[] = []
    const { quotations } = this.doc
    quotations.forEach((q, qi) => {
      if (this.isHeadline(this.doc.sentenceOf[q.open] ?? -1)) return
      const attribution = this.postAttribution(q) ?? this.preAttribution(q)
      const sentence = this.doc.sentenceOf[q.open] ?? -1
      if (attribution) {
        this.consumedVerbs.add(attribution.verb)
        this.add({
          type: 'direct',
          floating: false,
          first: q.open,
          last: q.last,
          verb: attribution.verb,
          verbLast: attribution.verb,
          speaker: attribution.speaker,
          sentence: this.doc.sentenceOf[attribution.verb] ?? sentence,
          verbLemma: reportingLemma(this.low(attribution.verb)) ?? null,
        })
        return
      }
      if (this.startsSentence(q) && (this.wordsIn(q.open, q.last) >= 3 || this.endsSentence(q))) {
        this.add({
          type: 'direct',
          floating: true,
          first: q.open,
          last: q.last,
          verb: -1,
          verbLast: -1,
          speaker: null,
          sentence,
          verbLemma: null,
        })
        return
      }
      embedded.push(qi)
    })
    return embedded
  }

  private wordsIn(first: number, last: number): number {
    let n = 0
    for (let i = first; i <= last && n < 100; i++) if (this.tokens[i]?.kind === 'word') n++
    return n
  }

  private startsSentence(q: QuotationSpan): boolean {
    const s = this.doc.sentences[this.doc.sentenceOf[q.open] ?? -1]
    if (!s) return false
    for (let i = s.first; i < q.open; i++) {
      const t = this.tokens[i] as Token
      if (!(t.kind === 'punct' && '—–-('.includes(t.text))) return false
    }
    return true
  }

  private endsSentence(q: QuotationSpan): boolean {
    if (q.close === -1) return true
    const s = this.doc.sentences[this.doc.sentenceOf[q.close] ?? -1]
    if (!s) return true
    for (let i = q.close + 1; i < s.end; i++) if (!this.isPunct(i, '.!?…')) return false
    return true
  }

  private postAttribution(q: QuotationSpan): { verb: number; speaker: [number, number] } | null {
    if (q.close === -1) return null
    const s = this.doc.sentences[this.doc.sentenceOf[q.close] ?? -1]
    if (!s) return null
    const ceil = s.end
    let k = q.close + 1
    if (this.isPunct(k, ',—–-')) k++
    if (k >= ceil || !this.isWord(k)) return null
    const l = this.low(k)
    if (INVERSION_FORMS.has(l)) {
      const sp = this.npForward(k + 1, ceil)
      if (sp && this.tailOk(sp[1], ceil)) return { verb: k, speaker: sp }
      if (!sp) return null
    }
    for (let v = k + 1; v < ceil && v - k <= 14; v++) {
      const t = this.tokens[v] as Token
      if (t.kind === 'quote' || (t.kind === 'punct' && t.text !== ',' && t.text !== '.')) return null
      if (t.kind !== 'word' || !reportingLemma(t.lower)) continue
      const back = this.skipBack(v - 1, k, v)
      if (back.negated || back.passive) return null
      const sp = this.speakerBefore(back.j, k)
      if (sp && sp[0] - k <= 1 && this.tailOk(v + 1, ceil)) return { verb: v, speaker: sp }
      return null
    }
    return null
  }

  /** After a post-posed cue: only adjuncts until the sentence ends, a comma, or a new cue. */
  private tailOk(from: number, ceil: number): boolean {
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
      if (ING_SPLITTERS.has(t.lower) || t.lower === 'and' || t.lower === 'but' || t.lower === 'before')
        return true
      if (n >= 12) return false
    }
    return true
  }

  private preAttribution(q: QuotationSpan): { verb: number; speaker: [number, number] } | null {
    const s = this.doc.sentences[this.doc.sentenceOf[q.open] ?? -1]
    if (!s) return null
    const floor = s.first
    let k = q.open - 1
    if (k < floor) return null
    // "The ministry wrote on its website: “…”": after a colon, whatever stands between the cue and
    // the quotation is the cue's own complement, not a clause of its own.
    const colon = this.isPunct(k, ':')
    if (this.isPunct(k, ':,—–')) k--
    let adjunctsOnly = true
    for (let v = k; v >= floor && k - v <= (colon ? 12 : 8); v--) {
      const t = this.tokens[v] as Token
      if (t.kind !== 'word') return null
      const lemma = reportingLemma(t.lower)
      if (lemma && !adjunctsOnly && !NAMING_LEMMAS.has(lemma) && !colon) return null
      if (lemma && !this.consumedVerbs.has(v)) {
        const back = this.skipBack(v - 1, floor, v)
        if (back.negated || back.passive) return null
        const sp =
          this.speakerBefore(back.j, floor) ??
          (INVERSION_FORMS.has(t.lower) ? this.npForward(v + 1, k + 1) : null)
        return sp ? { verb: v, speaker: sp } : null
      }
      if (lemma) {
        // "“A,” he said, “B.”": the cue already attributes the quote before; it attributes this one too.
        const previous = this.itemByVerb.get(v)
        return previous?.speaker ? { verb: v, speaker: previous.speaker } : null
      }
      // "called the plan “a disaster”": a naming verb may have its object between it and the quote.
      if (!this.adjunctOk(v)) {
        if (
          t.lower === 'that' ||
          AUXILIARIES.has(t.lower) ||
          (PRONOUNS.has(t.lower) && !OBJECT_PRONOUNS.has(t.lower))
        )
          return null
        adjunctsOnly = false
      }
    }
    return null
  }

  // ---------------------------------------------------------------- indirect and mixed quotes
  private indirectQuotes(): void {
    const { sentences, inQuotation } = this.doc
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si] as (typeof sentences)[number]
      let blockedUntil = -1
      for (let t = s.first; t < s.end; t++) {
        const qi = inQuotation[t] ?? -1
        if (qi !== -1) {
          t = Math.max(t, (this.doc.quotations[qi] as QuotationSpan).last)
          continue
        }
        const tok = this.tokens[t] as Token
        if (tok.kind !== 'word') continue
        if (tok.lower === 'according' && this.low(t + 1) === 'to') {
          const earlier = this.itemsBySentence
            .get(si)
            ?.some((it) => it.sentence === si && it.verb >= 0 && it.verb < t)
          if (t > blockedUntil && !earlier) {
            const end = this.accordingTo(si, t)
            if (end > blockedUntil) blockedUntil = end
          }
          t++
          continue
        }
        const lemma = reportingLemma(tok.lower)
        if (!lemma || this.consumedVerbs.has(t) || DIRECT_ONLY_LEMMAS.has(lemma)) continue
        if (t <= blockedUntil && !this.isSplitVerb(t)) continue
        const end = this.indirectAt(si, t, lemma)
        if (end > blockedUntil) blockedUntil = end
      }
    }
  }

  /** "…, adding that", "…, but denied", "… and said": a second cue of the same speaker. */
  private isSplitVerb(t: number): boolean {
    const p = this.low(t - 1)
    // A participle clause ("…, saying", "filed a challenge arguing that") shares the sentence's subject;
    // after a form of "be" it is a progressive instead ("was saying").
    if (ING_SPLITTERS.has(this.low(t)) || (this.low(t).endsWith('ing') && this.isPunct(t - 1, ','))) {
      if (!AUXILIARIES.has(p) && !PRONOUNS.has(p)) return true
    }
    const q = p === 'also' ? this.low(t - 2) : p
    return q === 'and' || q === 'but'
  }

  /** First token of a sentence's own words, past a dateline ("OTTAWA –", "KELOWNA, B.C. -"). */
  private bodyStart(si: number): number {
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

  private inheritSpeaker(si: number, t: number): [number, number] | null {
    let best: Item | null = null
    for (const it of this.itemsBySentence.get(si) ?? []) {
      if (it.speaker && it.verb < t) {
        if (!best || it.verb > best.verb) best = it
      }
    }
    if (best?.speaker) return best.speaker
    const s = this.doc.sentences[si]
    if (!s) return null
    const start = this.bodyStart(si)
    const first = this.tokens[start] as Token
    if (first && first.kind === 'word' && (PRONOUNS.has(first.lower) || isCapitalized(first))) {
      const np = this.npForward(start, t)
      if (np && np[1] < t) return np
    }
    return null
  }

  /** Returns the last token index the attribution claims (to block nested cues), or -1. */
  private indirectAt(si: number, t: number, lemma: string): number {
    const s = this.doc.sentences[si] as (typeof this.doc.sentences)[number]
    if (this.isHeadline(si)) return -1
    const form = this.low(t)
    if (form === lemma && BASE_AMBIGUOUS.has(form)) {
      // "a city report", "the claim": a noun unless a pronoun, plural noun or auxiliary is its subject.
      const p = this.tokens[t - 1]
      const pl = p?.kind === 'word' ? p.lower : ''
      if (
        !(
          PRONOUNS.has(pl) ||
          AUXILIARIES.has(pl) ||
          pl === 'to' ||
          (pl.endsWith('s') && !DETERMINERS.has(pl))
        )
      )
        return -1
    }
    const back = this.skipBack(t - 1, s.first, t)
    if (back.negated || back.passive) return -1
    const b = back.j
    if (b < s.first) return -1
    const bt = this.tokens[b] as Token
    let speaker: [number, number] | null = null
    let postposedStart = -1

    if (this.isSplitVerb(t)) {
      speaker = this.inheritSpeaker(si, t)
    } else if (bt.kind === 'punct' && bt.text === ',' && INVERSION_FORMS.has(form)) {
      // "…, said Smith." — content before, speaker after.
      const sp = this.npForward(t + 1, s.end)
      if (sp && this.onlyAdjunctsUntilEnd(sp[1], s.end)) {
        speaker = sp
        postposedStart = b
      } else speaker = this.speakerBefore(b, s.first)
    } else {
      speaker = this.speakerBefore(b, s.first)
    }
    if (!speaker) return -1
    // "Independent reports that …", "Official claims that …": a sentence-initial adjective before a
    // plural noun that looks like a verb is a noun phrase, not a speaker and a cue.
    if (
      NOUN_HOMOGRAPHS.has(form) &&
      speaker[1] - speaker[0] === 1 &&
      speaker[0] === this.bodyStart(si) &&
      ADJECTIVE_SHAPE.test(this.low(speaker[0])) &&
      !PRONOUNS.has(this.low(speaker[0]))
    )
      return -1
    if (THAT_ONLY_LEMMAS.has(lemma) && this.findThat(t + 1, Math.min(s.end, t + 10)) === -1) {
      const head = this.low(speaker[1] - 1)
      // Post-posed after a comma the content is already before the cue ("…, the union alleged on
      // Friday.", "…, a study released Tuesday found."), so no "that" is needed to find it.
      const postposed = this.isPunct(speaker[0] - 1, ',—–') && this.onlyAdjunctsUntilEnd(t + 1, s.end)
      if (!postposed && !(lemma === 'find' && FINDING_SUBJECTS.has(head))) return -1
    }

    // Post-posed: "The plan failed, Smith said (in an interview).", "…, prosecutors told a jury."
    if (postposedStart === -1 && this.onlyAdjunctsUntilEnd(this.pastAddressee(t + 1, s.end, lemma), s.end)) {
      const c = speaker[0] - 1
      if (this.isPunct(c, ',—–') || this.tokens[c]?.kind === 'quote') postposedStart = c
      else return -1
    }
    if (postposedStart !== -1) {
      const first = this.bodyStart(si)
      let last = postposedStart - 1
      while (last >= first && (this.isPunct(last, ',—–;:') || this.tokens[last]?.kind === 'break')) last--
      if (last < first || this.wordsIn(first, last) < 3) return -1
      const qi = this.doc.inQuotation[last] ?? -1
      // A quotation here would have been attributed as a direct quote already.
      if (qi !== -1 && this.attributedOpens.has(this.doc.quotations[qi]?.open ?? -1)) return -1
      this.push('indirect', first, last, t, speaker, si, lemma)
      return t
    }

    // Parenthetical: "The plan, Smith said, will fail."
    let from = t + 1
    if (TELL_LEMMAS.has(lemma)) {
      const addressee = this.npForward(from, s.end)
      if (addressee && !this.startsClause(addressee[0])) from = addressee[1]
    }
    while (from < s.end && this.adjunctRun(from)) from++
    const that = this.findThat(t + 1, Math.min(s.end, t + 10))
    if (that !== -1) from = that
    else if (this.isPunct(from, ',') && this.isPunct(speaker[0] - 1, ',') && speaker[0] - 1 > s.first) {
      const end = this.contentEnd(from + 1, s.end)
      if (end >= 0) this.push('indirect', s.first, end, t, speaker, si, lemma)
      return end
    } else {
      from = t + 1
      if (TELL_LEMMAS.has(lemma)) {
        const addressee = this.npForward(from, s.end)
        if (addressee && !this.startsClause(addressee[0])) from = addressee[1]
      }
    }
    while (this.isPunct(from, ':,—–')) from++
    if (from >= s.end) return -1
    const qi = this.doc.inQuotation[from] ?? -1
    if (qi !== -1 && this.attributedOpens.has(this.doc.quotations[qi]?.open ?? -1)) return -1
    const end = this.contentEnd(from, s.end)
    if (end < from || this.wordsIn(from, end) < 2) return -1
    if (!OPEN_LEMMAS.has(lemma) || NOUN_HOMOGRAPHS.has(form)) {
      if (!this.clauseLike(from, end)) return -1
    }
    if (PREPOSITIONS.has(this.low(from)) && this.wordsIn(from, end) < 4) return -1
    this.push('indirect', from, end, t, speaker, si, lemma)
    return end
  }

  private startsClause(i: number): boolean {
    const l = this.low(i)
    return l === 'that' || (PRONOUNS.has(l) && !OBJECT_PRONOUNS.has(l))
  }

  private adjunctRun(i: number): boolean {
    const l = this.low(i)
    return l !== '' && (ADVERBS.has(l) || isLyAdverb(this.tokens[i] as Token)) && l !== 'that'
  }

  /** A "that" complementizer reached from the cue across adjunct-like words only. */
  private findThat(from: number, ceil: number): number {
    for (let j = from; j < ceil; j++) {
      const t = this.tokens[j] as Token
      if (t.kind === 'word' && t.lower === 'that') return j
      if (t.kind === 'punct' && t.text === ',') continue
      if (!this.adjunctOk(j)) return -1
    }
    return -1
  }

  /** After "told", "warned", "assured": past its addressee ("a jury", "the inquiry"), if it has one. */
  private pastAddressee(from: number, ceil: number, lemma: string): number {
    if (!TELL_LEMMAS.has(lemma)) return from
    const addressee = this.npForward(from, ceil)
    return addressee && !this.startsClause(addressee[0]) ? addressee[1] : from
  }

  private onlyAdjunctsUntilEnd(from: number, ceil: number): boolean {
    let n = 0
    for (let j = from; j < ceil; j++) {
      const t = this.tokens[j] as Token
      if (t.kind === 'punct') {
        if (END_PUNCT.has(t.text) && t.text !== ',' && t.text !== ':') {
          for (let k = j + 1; k < ceil; k++) if (!this.isPunct(k, '.!?…)')) return false
          return true
        }
        if (t.text === ',') {
          const next = this.low(j + 1)
          if (
            ING_SPLITTERS.has(next) ||
            next.endsWith('ing') ||
            next === 'according' ||
            next === 'but' ||
            next === 'and'
          )
            return true
          continue
        }
        if (t.text === '(' || t.text === ')') continue
        return false
      }
      if (t.kind !== 'word') return false
      if (ING_SPLITTERS.has(t.lower) || (t.lower === 'and' && n > 0) || t.lower === 'before') return true
      if (!this.adjunctOk(j) || ++n > 12) return false
    }
    return true
  }

  /** Whether the content reads as a clause (has a verb), not a bare noun phrase. */
  private clauseLike(from: number, end: number): boolean {
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
  private contentEnd(from: number, ceil: number): number {
    let end = ceil
    for (let j = from; j < end; j++) {
      const qi = this.doc.inQuotation[j] ?? -1
      if (qi !== -1) {
        const q = this.doc.quotations[qi] as QuotationSpan
        j = Math.max(j, q.last)
        if (j >= end) end = j + 1
        continue
      }
      const t = this.tokens[j] as Token
      if (t.kind === 'break') {
        end = j
        break
      }
      if (t.kind === 'punct' && (t.text === ',' || t.text === ';')) {
        const n1 = this.low(j + 1)
        const n2 = this.low(j + 2)
        if (ING_SPLITTERS.has(n1) || n1 === 'citing' || (n1 === 'according' && n2 === 'to')) {
          end = j
          break
        }
        if ((n1 === 'but' || n1 === 'and') && reportingLemma(n2 === 'also' ? this.low(j + 3) : n2)) {
          end = j
          break
        }
        // "…, but he cautioned that …": a new attribution with its own (pronoun) subject.
        if ((n1 === 'but' || n1 === 'and' || n1 === 'while') && PRONOUNS.has(n2)) {
          const v = this.low(j + 3)
          if (
            reportingLemma(v) ||
            ((AUXILIARIES.has(v) || ADVERBS.has(v)) && reportingLemma(this.low(j + 4)))
          ) {
            end = j
            break
          }
        }
      }
      if (t.kind === 'word' && (t.lower === 'but' || t.lower === 'and') && j > from) {
        const n = this.low(j + 1) === 'also' ? this.low(j + 2) : this.low(j + 1)
        const lemma = reportingLemma(n)
        if (lemma && !n.endsWith('ing') && !NOUN_HOMOGRAPHS.has(n) && this.tokens[j + 1]?.kind === 'word') {
          end = j
          break
        }
      }
      if (t.kind === 'word' && t.lower === 'according' && this.low(j + 1) === 'to' && j > from) {
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

  private accordingTo(si: number, t: number): number {
    const s = this.doc.sentences[si] as (typeof this.doc.sentences)[number]
    const spFirst = t + 2
    let spEnd = spFirst
    while (spEnd < s.end && spEnd - spFirst < 14) {
      const u = this.tokens[spEnd] as Token
      if (u.kind !== 'word' || RELATIVE.has(u.lower) || (u.lower === 'to' && spEnd > spFirst)) break
      spEnd++
    }
    if (spEnd === spFirst) return -1
    const speaker: [number, number] = [spFirst, spEnd]
    const body = this.bodyStart(si)
    let lead = body
    while (lead < t && (CONJUNCTIONS.has(this.low(lead)) || this.isPunct(lead, ',—–'))) lead++
    if (lead === t) {
      // "According to X, the plan failed."
      let from = spEnd
      while (from < s.end && this.tokens[from]?.kind !== 'word' && this.tokens[from]?.kind !== 'quote') from++
      const end = this.contentEnd(from, s.end)
      if (end < from || this.wordsIn(from, end) < 2) return -1
      this.push('indirect', from, end, t, speaker, si, 'according to', t + 1)
      return end
    }
    // "The plan failed, according to X." (or mid-sentence: the whole sentence is the content)
    let last = t - 1
    while (last >= body && this.isPunct(last, ',—–(')) last--
    if (last < body || this.wordsIn(body, last) < 2) return -1
    let end = last
    if (this.isPunct(spEnd, ',') && this.wordsIn(spEnd + 1, s.end - 1) >= 2)
      end = this.contentEnd(spEnd + 1, s.end)
    this.push('indirect', body, end, t, speaker, si, 'according to', t + 1)
    return end
  }

  private push(
    type: QuoteType,
    first: number,
    last: number,
    verb: number,
    speaker: [number, number] | null,
    sentence: number,
    lemma: string,
    verbLast = verb,
  ) {
    let hasQuote = false
    for (let i = first; i <= last; i++) {
      if ((this.doc.inQuotation[i] ?? -1) !== -1) {
        hasQuote = true
        break
      }
    }
    this.consumedVerbs.add(verb)
    this.add({
      type: type === 'indirect' && hasQuote ? 'mixed' : type,
      floating: false,
      first,
      last,
      verb,
      verbLast,
      speaker,
      sentence,
      verbLemma: lemma,
    })
  }

  /** Unattributed quotations inside no other quote: long ones are speech, short ones scare quotes. */
  private leftoverQuotations(embedded: number[]): void {
    if (embedded.length === 0) return
    // Which tokens some attribution's content covers (contents hardly overlap: linear in total).
    const covered = new Uint8Array(this.tokens.length)
    for (const it of this.items) covered.fill(1, it.first, it.last + 1)
    for (const qi of embedded) {
      const q = this.doc.quotations[qi] as QuotationSpan
      if (covered[q.open] === 1 && covered[q.last] === 1) continue
      if (this.wordsIn(q.open, q.last) < 6) continue
      this.add({
        type: 'direct',
        floating: true,
        first: q.open,
        last: q.last,
        verb: -1,
        verbLast: -1,
        speaker: null,
        sentence: this.doc.sentenceOf[q.open] ?? -1,
        verbLemma: null,
      })
    }
  }

  // ---------------------------------------------------------------- output
  private span(first: number, lastExclusive: number): TextSpan {
    const a = this.tokens[first] as Token
    const b = this.tokens[lastExclusive - 1] as Token
    return { start: a.start, end: b.end, text: this.doc.text.slice(a.start, b.end) }
  }

  private speakerSpan(sp: [number, number]): TextSpan {
    const s = this.span(sp[0], sp[1])
    // The annotation convention leaves a possessive's 's out of the speaker.
    const m = /['’]s$/.exec(s.text)
    if (m && s.text.length > 2) return { start: s.start, end: s.end - 2, text: s.text.slice(0, -2) }
    return s
  }

  private finish(): Attribution[] {
    const sorted = this.items
      .filter((it) => it.last >= it.first)
      .sort((a, b) => a.first - b.first || b.last - a.last)
    const out: Attribution[] = []
    for (const it of sorted) {
      const prev = out.at(-1)
      const content = this.span(it.first, it.last + 1)
      if (prev && prev.content.start === content.start && prev.content.end === content.end) continue
      const sentence = this.doc.sentences[it.sentence]
      out.push({
        type: it.type,
        floating: it.floating,
        content,
        cue: it.verb >= 0 ? this.span(it.verb, it.verbLast + 1) : null,
        cueLemma: it.verb >= 0 ? it.verbLemma : null,
        source: it.speaker ? this.speakerSpan(it.speaker) : null,
        resolvedSource: null,
        sentence: sentence
          ? {
              start: (this.tokens[sentence.first] as Token).start,
              end: (this.tokens[sentence.end - 1] as Token).end,
            }
          : { start: content.start, end: content.end },
      })
    }
    resolveSources(out, this.doc)
    return out
  }
}
