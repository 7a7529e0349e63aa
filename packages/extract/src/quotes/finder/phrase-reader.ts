import { classifySource } from '../../sources/source-type.ts'
import { isCapitalized, type Token } from '../../text/tokenize.ts'
import {
  AUXILIARIES,
  BASE_AMBIGUOUS,
  CONJUNCTIONS,
  DETERMINERS,
  OBJECT_PRONOUNS,
  PRONOUNS,
  QUANTIFIERS,
  RECORD_SUBJECTS,
  RELATIVE,
  reportingLemma,
  TELL_LEMMAS,
  TIME_WORDS,
} from '../lexicon.ts'
import { TokenReader } from './token-reader.ts'
import {
  ADJECTIVE_SHAPE,
  isInitialOrTitle,
  NP_LINKS,
  POST_MODIFIER_LINKS,
  POST_MODIFIERS,
  TIME_LEADS,
} from './word-classes.ts'

// Modifiers that come in coordinated pairs before one head: "current and former", "past or present".
const COORDINATED_MODIFIERS = new Set(
  'current former past present senior junior retired active serving full-time part-time elected appointed public private local national federal provincial'.split(
    ' ',
  ),
)

/** A noun phrase as token indexes: first, and one past its head. */
export type Phrase = [number, number]

/** How one more token changes a noun phrase read from its head: take it, skip over it, or stop. */
type Step = 'take' | 'skip' | 'stop' | 'determiner'

/**
 * The second layer of the quote finder: noun phrases (speakers, addressees) read right to left from
 * a head before a cue, or left to right after an inverted cue, within at most 10–24 tokens.
 */
// The words of a date after "dated": "dated May 4", "dated March 2024", "dated 2019".
const DATE_PART =
  /^(?:\d{1,4}|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$/u

export class PhraseReader extends TokenReader {
  protected isNounish(i: number): boolean {
    const t = this.tokens[i]
    if (t?.kind !== 'word') return false
    return isCapitalized(t) || !this.isFunctionWord(t.lower)
  }

  /** The noun phrase that ends at token i (its head), read right to left; null if i is no head. */
  protected npBackward(i: number, floor: number): Phrase | null {
    if (i < floor) return null
    const t = this.tokens[i]
    if (t?.kind !== 'word' || this.inQuote(i)) return null
    const l = t.lower
    if (PRONOUNS.has(l)) return [i, i + 1]
    if (!this.canBeHead(i, l)) return null
    let a = i
    for (let j = i - 1; j >= floor && i - j <= 10; j--) {
      const step = this.stepBackward(j, i, a, floor)
      if (step === 'skip') continue
      if (step === 'stop') break
      a = j
      if (step === 'determiner') break
    }
    return [a, i + 1]
  }

  private canBeHead(i: number, l: string): boolean {
    // "a report", "its 2024 capital report": a noun after its determiner (across up to two
    // modifiers), though "report" is also a reporting verb.
    const noun = BASE_AMBIGUOUS.has(l) && this.determinerAhead(i)
    // "Saskatoon Today": a capitalised "Today" after a name ends an outlet's name.
    const time =
      TIME_WORDS.has(l) && !(this.tokens[i]?.text === 'Today' && isCapitalized(this.tokens[i - 1] as Token))
    return !(this.isFunctionWord(l) || time || (reportingLemma(l) && !noun))
  }

  /** Token j before a noun phrase that runs from a to its head i. */
  private stepBackward(j: number, i: number, a: number, floor: number): Step {
    const u = this.tokens[j] as Token
    if (u.kind === 'punct') return this.punctInPhrase(j, i, floor) ? 'skip' : 'stop'
    if (u.kind !== 'word' || this.inQuote(j)) return 'stop'
    const m = u.lower
    if (DETERMINERS.has(m)) return this.determinerStep(j)
    if (NP_LINKS.has(m) && this.isNounish(j - 1) && !TIME_WORDS.has(this.low(j - 1))) return 'skip'
    if (this.conjunctionInPhrase(j, m, a, i)) return 'skip'
    if (this.isFunctionWord(m) || TIME_WORDS.has(m) || this.cueNotModifier(j, m)) return 'stop'
    if (!isCapitalized(u) && CONJUNCTIONS.has(m)) return 'stop'
    return 'take'
  }

  /** "its most recent annual report": a determiner after another one belongs to the phrase. */
  private determinerStep(j: number): Step {
    return DETERMINERS.has(this.low(j - 1)) ? 'take' : 'determiner'
  }

  /** A reporting verb at j, unless it is a homograph modifier after a determiner ("the state news agency"). */
  private cueNotModifier(j: number, m: string): boolean {
    return Boolean(reportingLemma(m)) && !(BASE_AMBIGUOUS.has(m) && DETERMINERS.has(this.low(j - 1)))
  }

  /** Punctuation at j inside a noun phrase with head i: a comma between adjectives, an initial's period. */
  private punctInPhrase(j: number, i: number, floor: number): boolean {
    const u = this.tokens[j] as Token
    // "investors of $4 million": a currency sign before its amount.
    if ('$€£¥'.includes(u.text) && /^\p{N}/u.test(this.tokens[j + 1]?.text ?? '')) return true
    // "the soft-spoken, silver-haired auditor": coordinated adjectives after a determiner.
    if (u.text === ',' && this.adjectiveBeforeComma(j, i, floor)) return true
    // "J. Smith": an initial's period stays inside the name.
    const w = this.tokens[j - 1]
    return u.text === '.' && !!w && w.kind === 'word' && isInitialOrTitle(w)
  }

  /** A period at c that closes an initial or a title inside a name ("Dr. Alan Fitzgerald", "U.K."). */
  private isNamePeriod(c: number): boolean {
    const w = this.tokens[c - 1]
    return this.tokens[c]?.text === '.' && !!w && w.kind === 'word' && isInitialOrTitle(w)
  }

  /** "Johnson & Johnson", "Fisheries and Oceans": a conjunction at j between capitalised words. */
  private joinsNames(j: number, a: number): boolean {
    return isCapitalized(this.tokens[j - 1] as Token) && isCapitalized(this.tokens[a] as Token)
  }

  /** "Johnson & Johnson", "three current and former employees": a conjunction inside the phrase. */
  private conjunctionInPhrase(j: number, m: string, a: number, i: number): boolean {
    if ((m === 'and' || m === '&') && this.joinsNames(j, a)) return true
    return (m === 'and' || m === 'or') && this.joinsModifiers(j, a, i)
  }

  /**
   * "three current and former employees", "senior or junior officers": a conjunction at j between
   * two modifiers of one head i (the word after it, at a, is a modifier, not the head).
   */
  private joinsModifiers(j: number, a: number, i: number): boolean {
    const before = this.tokens[j - 1]
    const after = this.tokens[a]
    if (a >= i || before?.kind !== 'word' || after?.kind !== 'word') return false
    const modifier = (t: Token) =>
      !isCapitalized(t) && (COORDINATED_MODIFIERS.has(t.lower) || ADJECTIVE_SHAPE.test(t.lower))
    return modifier(before) && modifier(after)
  }

  /** A comma at j between adjectives of one noun phrase: a lower-case modifier word, a determiner within 3 words before it. */
  private adjectiveBeforeComma(j: number, head: number, floor: number): boolean {
    const w = this.tokens[j - 1]
    const after = this.tokens[j + 1]
    // The head must be at least two words past the comma ("the plan, experts said" is two phrases).
    if (w?.kind !== 'word' || !after || after.kind !== 'word' || head < j + 2) return false
    if (isCapitalized(w) || this.isFunctionWord(w.lower) || isCapitalized(after)) return false
    // "than the law allows, rival candidate …": a verb or plural noun in -s ends a clause, not an adjective.
    if (/[^su]s$/u.test(w.lower) && !w.lower.endsWith('ous')) return false
    if (this.isFunctionWord(after.lower)) return false
    if (!ADJECTIVE_SHAPE.test(w.lower) && !ADJECTIVE_SHAPE.test(after.lower)) return false
    return this.determinerBefore(j, floor)
  }

  /** A determiner within 3 words before the comma at j, across modifier words only. */
  private determinerBefore(j: number, floor: number): boolean {
    for (let k = j - 2; k >= floor && j - k <= 4; k--) {
      const u = this.tokens[k] as Token
      if (u.kind !== 'word') return false
      if (DETERMINERS.has(u.lower)) return true
      if (this.isFunctionWord(u.lower) || reportingLemma(u.lower)) return false
    }
    return false
  }

  /** The noun phrase that starts at token i, read left to right (an inverted speaker: "said Smith"). */
  protected npForward(i: number, ceil: number): Phrase | null {
    const t = this.tokens[i]
    if (i >= ceil || !t || t.kind !== 'word' || this.inQuote(i)) return null
    if (PRONOUNS.has(t.lower)) return [i, i + 1]
    let j = i
    if (DETERMINERS.has(t.lower)) j++
    let b = -1
    for (; j < ceil && j - i < 12; j++) {
      const step = this.stepForward(j, b)
      if (step === 'stop') break
      if (step === 'take') b = j + 1
    }
    return b > i ? [i, b] : null
  }

  /** Token j after a noun phrase read so far up to b (exclusive; -1 before its first word). */
  private stepForward(j: number, b: number): Step {
    const u = this.tokens[j] as Token
    if (u.kind === 'punct') {
      const w = this.tokens[j - 1] as Token
      return u.text === '.' && b === j && isInitialOrTitle(w) ? 'skip' : 'stop'
    }
    if (u.kind !== 'word' || this.inQuote(j)) return 'stop'
    const m = u.lower
    if (
      b !== -1 &&
      NP_LINKS.has(m) &&
      (isCapitalized(this.tokens[j + 1] as Token) || DETERMINERS.has(this.low(j + 1)))
    )
      return 'skip'
    if (this.isFunctionWord(m) || TIME_WORDS.has(m) || reportingLemma(m)) return 'stop'
    return 'take'
  }

  /** The speaker of a cue whose left context ends at b: a noun phrase, past an appositive or relative clause. */
  protected speakerBefore(b: number, floor: number): Phrase | null {
    if (b < floor) return null
    const t = this.tokens[b] as Token
    if (t.kind === 'punct' && (t.text === ',' || t.text === ')'))
      return this.speakerBeforeAside(b, floor, t.text === ',' ? ',' : '(')
    if (t.kind !== 'word') return null
    if (this.partitiveAt(b, floor)) return [b - 2, b + 1]
    let np: Phrase | null
    if ((t.lower === 'who' || t.lower === 'which') && b - 1 >= floor) {
      np = this.isPunct(b - 1, ',') ? this.npBackward(b - 2, floor) : this.npBackward(b - 1, floor)
    } else np = this.npBackward(b, floor)
    return this.withRelativeClause(np && this.withPostModifiers(np, floor), b, floor)
  }

  /** A phrase that does not open its clause may be the end of a relative clause of the speaker. */
  private withRelativeClause(np: Phrase | null, b: number, floor: number): Phrase | null {
    return np && !this.opensClause(np[0], floor) ? (this.relativeSpeaker(b, floor) ?? np) : np
  }

  /**
   * "…, a researcher who discovered the flaw told TechBeat", "the journal that published it said": a speaker with a relative clause that
   * ends at b, when the phrase before "who" opens the clause (at most 10 tokens back).
   */
  private relativeSpeaker(b: number, floor: number): Phrase | null {
    for (let j = b - 1; j > floor && b - j <= 10; j--) {
      const t = this.tokens[j] as Token
      if (t.kind !== 'word' || this.inQuote(j)) return null
      if (t.lower !== 'who' && t.lower !== 'that' && t.lower !== 'which' && t.lower !== 'whose') continue
      const np = this.npBackward(j - 1, floor)
      // "One of the statisticians who found the error": the head with its partitive.
      const head = np && this.withPostModifiers(np, floor)
      return head && this.opensClause(head[0], floor) ? [head[0], b + 1] : null
    }
    return null
  }

  /** "one of them said", "some of us": a partitive whose head, at b, is an object pronoun. */
  private partitiveAt(b: number, floor: number): boolean {
    return (
      OBJECT_PRONOUNS.has(this.low(b)) &&
      this.low(b - 1) === 'of' &&
      QUANTIFIERS.has(this.low(b - 2)) &&
      b - 2 >= floor
    )
  }

  /** The speaker before an appositive or a parenthesis that ends at b ("Smith, the mayor, said"). */
  private speakerBeforeAside(b: number, floor: number, opener: string): Phrase | null {
    for (let c = b - 1; c >= floor && b - c <= 24; c--) {
      const u = this.tokens[c] as Token
      if (u.kind === 'quote' || (u.kind === 'punct' && '.!?;:'.includes(u.text) && !this.isNamePeriod(c)))
        return null
      if (u.kind === 'punct' && u.text === opener) return this.speakerOfAside(c, b, floor, opener)
    }
    return null
  }

  /** The speaker of an aside from c to b: the name it gives a description, or the phrase before it. */
  private speakerOfAside(c: number, b: number, floor: number, opener: string): Phrase | null {
    if (opener === ',' && this.namesDescription(c, b)) return [c + 1, b]
    // "An internal memo sent to pharmacies last week, which was seen by …": past the time first.
    let e = c - 1
    while (e > floor && c - 1 - e < 3 && (TIME_WORDS.has(this.low(e)) || TIME_LEADS.has(this.low(e)))) e--
    const np = this.isAppositive(c, b, opener) ? this.npBackward(e, floor) : null
    // "A mining engineer who has consulted for the company, speaking on condition of anonymity,
    // said": the phrase before the aside may end a relative clause of the speaker.
    return this.withRelativeClause(np && this.withPostModifiers(np, floor), c - 1, floor)
  }

  /**
   * "A retired rear admiral, Paul Dufresne, said", "An advocacy group for travellers, Fair Skies,
   * said": a proper name between the commas at c and b names the described speaker before it, and is
   * the mention to file the source under.
   */
  private namesDescription(c: number, b: number): boolean {
    const before = this.tokens[c - 1]
    if (before?.kind !== 'word' || isCapitalized(before) || this.isFunctionWord(before.lower)) return false
    if (b - c < 2 || b - c > 8) return false
    for (let i = c + 1; i < b; i++) {
      const t = this.tokens[i] as Token
      const namePart = t.kind === 'word' && (isCapitalized(t) || /^\p{N}/u.test(t.text) || t.text === '&')
      if (!namePart && !this.isPunct(i, '&.')) return false
    }
    return isCapitalized(this.tokens[c + 1] as Token)
  }

  private isAppositive(c: number, b: number, opener: string): boolean {
    if (opener === '(') return true
    const head = this.tokens[c + 1]
    return (
      head !== undefined &&
      head.kind === 'word' &&
      (RELATIVE.has(head.lower) || DETERMINERS.has(head.lower) || !isCapitalized(head) || c + 1 < b - 1)
    )
  }

  /**
   * A subject with post-modifiers: "two people with knowledge of the talks", "a former employee of
   * the department", "officers familiar with the case", "a source quoted by the Herald". Extends the
   * phrase left over preposition + noun phrase links (at most three, 16 tokens) when the whole
   * phrase then opens its clause; otherwise the phrase stays as it was.
   */
  protected withPostModifiers(np: Phrase, floor: number): Phrase {
    const dated = this.datedDocument(np, floor)
    let a = dated ? dated[0] : np[0]
    let best = dated && this.opensClause(a, floor) ? dated : np
    for (let step = 0; step < 3; step++) {
      const p = a - 1
      if (p < floor || !POST_MODIFIER_LINKS.has(this.low(p)) || np[1] - p > 16) break
      const outer = this.modifiedPhrase(p, floor)
      if (!outer) break
      a = outer[0]
      if (this.opensClause(a, floor)) best = [a, np[1]]
    }
    return best
  }

  /** "An internal memo dated May 2024": a date after "dated" hangs on the document before it. */
  private datedDocument(np: Phrase, floor: number): Phrase | null {
    let k = np[0] - 1
    while (k > floor && np[0] - k <= 3 && DATE_PART.test(this.low(k))) k--
    if (this.low(k) !== 'dated' || k - 1 < floor) return null
    const document = this.npBackward(k - 1, floor)
    return document ? [document[0], np[1]] : null
  }

  /** The noun phrase a post-modifier link at p hangs on ("two people" in "two people with …"). */
  private modifiedPhrase(p: number, floor: number): Phrase | null {
    // "one of the diplomats", "two of the officers": a quantifier is the whole phrase before "of".
    if (this.low(p) === 'of' && p - 1 >= floor && QUANTIFIERS.has(this.low(p - 1))) return [p - 1, p]
    let q = this.beforeParticipleTime(p - 1, floor)
    if (POST_MODIFIERS.has(this.low(q))) q--
    if (q < floor || this.tokens[q]?.kind !== 'word' || this.inQuote(q)) return null
    const head = this.low(q)
    // "a report released …" is a noun after its determiner, not the verb "report".
    const verb = reportingLemma(head) && !(BASE_AMBIGUOUS.has(head) && this.determinerAhead(q))
    if (PRONOUNS.has(head) || verb || AUXILIARIES.has(head)) return null
    return this.npBackward(q, floor)
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

  /**
   * Whether a speaker may have this cue: "show" and "project" report only for records and studies
   * ("records show", "its annual report shows", "the study projects"); "the video shows a man" or "he showed courage" report nothing.
   */
  protected cueFitsSpeaker(lemma: string | null | undefined, speaker: Phrase): boolean {
    // Only a newsroom "has learned" what it reports; "Smith learned that his mother had died" is news.
    if (lemma === 'learn')
      return (
        classifySource(this.doc.text.slice(this.tokens[speaker[0]]?.start, this.tokens[speaker[1] - 1]?.end))
          .type === 'outlet'
      )
    if (lemma !== 'show' && lemma !== 'project') return true
    for (let i = speaker[0]; i < speaker[1]; i++) if (RECORD_SUBJECTS.has(this.low(i))) return true
    return false
  }

  /** After "told", "warned", "assured": past its addressee ("a jury", "the inquiry"), if it has one. */
  protected pastAddressee(from: number, ceil: number, lemma: string): number {
    // "… was quoted as saying by Xinhua": the outlet that quoted the speaker.
    if (this.low(from) === 'by' && this.low(from - 2) === 'as' && this.low(from - 3) === 'quoted') {
      // The outlet's name runs to "that", a punctuation mark or the sentence's end ("the state news agency Xinhua").
      let k = from + 1
      while (k < ceil && k - from < 10 && this.tokens[k]?.kind === 'word' && this.low(k) !== 'that') k++
      return k
    }
    if (!TELL_LEMMAS.has(lemma)) return from
    const addressee = this.npForward(from, ceil)
    return addressee && !this.startsClause(addressee[0]) ? addressee[1] : from
  }
}
