import type { QuotationSpan } from '../../text/quotation-marks.ts'
import type { Sentence } from '../../text/sentences.ts'
import { isCapitalized, type Token } from '../../text/tokenize.ts'
import {
  AUXILIARIES,
  BASE_AMBIGUOUS,
  CONJUNCTIONS,
  DETERMINERS,
  DIRECT_ONLY_LEMMAS,
  FINDING_SUBJECTS,
  ING_SPLITTERS,
  NOUN_HOMOGRAPHS,
  OPEN_LEMMAS,
  PREPOSITIONS,
  PRONOUNS,
  RELATIVE,
  reportingLemma,
  THAT_ONLY_LEMMAS,
  TIME_WORDS,
} from '../lexicon.ts'
import { DirectQuotes } from './direct-quotes.ts'
import type { Phrase } from './phrase-reader.ts'
import type { Item } from './quote-items.ts'
import { ADJECTIVE_SHAPE, INVERSION_FORMS, IRREGULAR_PAST, TIME_LEADS } from './word-classes.ts'

/** A reporting verb outside quotation marks: its sentence, token, lemma and form, and its speaker. */
interface IndirectCue {
  si: number
  s: Sentence
  t: number
  lemma: string
  speaker: Phrase
}

/**
 * The fifth layer of the quote finder: indirect and mixed quotes ("X said that …", "…, X said.",
 * "According to X, …"). Each cue claims its content up to where it ends, so nested "X said that Y
 * said that" is read once.
 */
// What "alleges" without "that": the filings that make allegations.
const ALLEGING_SUBJECTS = new Set(
  'lawsuit lawsuits suit complaint complaints claim filing filings indictment petition statement'.split(' '),
)

export class IndirectQuotes extends DirectQuotes {
  protected indirectQuotes(): void {
    for (let si = 0; si < this.doc.sentences.length; si++) this.indirectQuotesIn(si)
  }

  private indirectQuotesIn(si: number): void {
    const s = this.doc.sentences[si] as Sentence
    let blockedUntil = -1
    for (let t = s.first; t < s.end; t++) {
      const qi = this.doc.inQuotation[t] ?? -1
      if (qi !== -1) {
        t = Math.max(t, (this.doc.quotations[qi] as QuotationSpan).last)
        continue
      }
      const tok = this.tokens[t] as Token
      if (tok.kind !== 'word') continue
      if (tok.lower === 'according' && this.low(t + 1) === 'to') {
        blockedUntil = Math.max(blockedUntil, this.accordingToAt(si, t, blockedUntil))
        t++
        continue
      }
      blockedUntil = Math.max(blockedUntil, this.cueAt(si, t, blockedUntil))
    }
  }

  /** "According to" at t, unless an earlier cue of the sentence or a cue's content covers it. */
  private accordingToAt(si: number, t: number, blockedUntil: number): number {
    const earlier = this.itemsBySentence
      .get(si)
      ?.some((it) => it.sentence === si && it.verb >= 0 && it.verb < t)
    return t > blockedUntil && !earlier ? this.accordingTo(si, t) : -1
  }

  /** A reporting verb at t, unless it is taken, direct-only, or inside a content already claimed. */
  private cueAt(si: number, t: number, blockedUntil: number): number {
    const lemma = reportingLemma(this.low(t))
    if (!lemma || this.consumedVerbs.has(t)) return -1
    // "Several parents asked why the problem had not been found": a question reported indirectly.
    const question = (lemma === 'ask' || lemma === 'wonder') && /^(?:why|whether|how)$/u.test(this.low(t + 1))
    if (DIRECT_ONLY_LEMMAS.has(lemma) && !question) return -1
    if (t <= blockedUntil && !this.isSplitVerb(t)) return -1
    return this.indirectAt(si, t, lemma)
  }

  /** "…, adding that", "…, but denied", "… and said": a second cue of the same speaker. */
  private isSplitVerb(t: number): boolean {
    const p = this.low(t - 1)
    // "Smith was quoted as saying": the cue of its own subject, not a participle clause.
    if (p === 'as' && this.low(t - 2) === 'quoted') return false
    // A participle clause ("…, saying", "filed a challenge arguing that") shares the sentence's subject;
    // after a form of "be" it is a progressive instead ("was saying").
    if (ING_SPLITTERS.has(this.low(t)) || (this.low(t).endsWith('ing') && this.isPunct(t - 1, ','))) {
      if (!AUXILIARIES.has(p) && !PRONOUNS.has(p)) return true
    }
    const q = p === 'also' ? this.low(t - 2) : p
    return q === 'and' || q === 'but'
  }

  private inheritSpeaker(si: number, t: number): Phrase | null {
    const earlier = this.latestSpeakerBefore(si, t)
    if (earlier) return earlier
    const s = this.doc.sentences[si]
    if (!s) return null
    const start = this.pastOpeningTime(this.bodyStart(si), t)
    const first = this.tokens[start] as Token
    if (first && first.kind === 'word' && (PRONOUNS.has(first.lower) || isCapitalized(first))) {
      const np = this.npForward(start, t)
      if (np && np[1] < t) return np
    }
    return null
  }

  /**
   * The subject after a time adjunct that opens the sentence: "On Thursday evening he went further,
   * writing …", "Later, she wrote …". At most five tokens are skipped; anything else keeps `start`.
   */
  private pastOpeningTime(start: number, t: number): number {
    const l = this.low(start)
    if (!TIME_LEADS.has(l) && !TIME_WORDS.has(l)) return start
    for (let j = start + 1; j < t && j - start <= 5; j++) {
      const w = this.tokens[j] as Token
      if (this.isPunct(j, ',') || (w.kind === 'word' && TIME_WORDS.has(w.lower))) continue
      return w.kind === 'word' ? j : start
    }
    return start
  }

  /** The speaker of the sentence's latest cue before t. */
  private latestSpeakerBefore(si: number, t: number): Phrase | null {
    let best: Item | null = null
    for (const it of this.itemsBySentence.get(si) ?? []) {
      if (it.speaker && it.verb < t && (!best || it.verb > best.verb)) best = it
    }
    return best?.speaker ?? null
  }

  /** Returns the last token index the attribution claims (to block nested cues), or -1. */
  private indirectAt(si: number, t: number, lemma: string): number {
    const s = this.doc.sentences[si] as Sentence
    if (this.isHeadline(si)) return -1
    if (this.nounOrParticiple(t, lemma)) return -1
    const back = this.skipBack(t - 1, s.first, t)
    if (back.negated || back.passive || back.j < s.first) return -1
    const found = this.cueSpeaker(si, t, back.j)
    if (!found.speaker || !this.cueFitsSpeaker(lemma, found.speaker)) return -1
    // "The employee, whom CBC News has agreed not to name, said": a relative clause reports nothing.
    if (this.low(found.speaker[0] - 1) === 'whom') return -1
    const cue: IndirectCue = { si, s, t, lemma, speaker: found.speaker }
    if (this.adjectiveNotSpeaker(cue)) return -1
    if (THAT_ONLY_LEMMAS.has(lemma) && !this.thatClauseOptional(cue)) return -1
    const postposedStart = found.postposedStart === -1 ? this.postposedStart(cue) : found.postposedStart
    if (postposedStart === null) return -1
    if (postposedStart !== -1) return this.contentBefore(cue, postposedStart)
    return this.contentAfter(cue)
  }

  /**
   * A word that looks like a cue but is a noun ("the claim") or a participle after a noun ("A
   * businessman charged with fraud told …", "a man accused of theft").
   */
  private nounOrParticiple(t: number, lemma: string): boolean {
    const form = this.low(t)
    if (form === lemma && BASE_AMBIGUOUS.has(form) && !this.hasVerbSubject(t)) return true
    const next = this.low(t + 1)
    // "raised the problems in writing": a noun after "in".
    if (form === 'writing' && this.low(t - 1) === 'in') return true
    // "received at least 31 reports of …", "dozens of claims": a counted plural is a noun.
    if (/s$/u.test(form) && /^\p{N}/u.test(this.tokens[t - 1]?.text ?? '')) return true
    // "the first warning came late", "a warning": an -ing form after a determiner is a noun.
    if (form.endsWith('ing') && (DETERMINERS.has(this.low(t - 1)) || DETERMINERS.has(this.low(t - 2))))
      return true
    // "is recalling more than 30 brands of salad": a product recall, not a memory.
    if (lemma === 'recall' && !/^(?:that|how|when|what|being|seeing|having|the day|his|her)$/u.test(next))
      return true
    return (lemma === 'charge' || lemma === 'accuse') && (next === 'with' || next === 'of')
  }

  /**
   * Post-posed: "The plan failed, Smith said (in an interview).", "…, prosecutors told a jury."
   * Where the clause before the cue ends; -1 if the cue is not post-posed, null if it cannot be.
   */
  private postposedStart({ s, t, lemma, speaker }: IndirectCue): number | null {
    if (!this.onlyAdjunctsUntilEnd(this.pastAddressee(t + 1, s.end, lemma), s.end)) return -1
    const c = speaker[0] - 1
    // "The minister was briefed in 2021, as the Toronto Star first reported.": the same, after "as".
    if (this.low(c) === 'as' && this.isPunct(c - 1, ',—–')) return c - 1
    return this.isPunct(c, ',—–') || this.tokens[c]?.kind === 'quote' ? c : null
  }

  /** "a city report", "the claim": a noun unless a pronoun, plural noun or auxiliary is its subject. */
  private hasVerbSubject(t: number): boolean {
    const p = this.tokens[t - 1]
    const pl = p?.kind === 'word' ? p.lower : ''
    // "The company's report said …": a possessive before it makes "report" a noun, not a verb.
    if (/'s?$/u.test(pl)) return false
    return (
      PRONOUNS.has(pl) || AUXILIARIES.has(pl) || pl === 'to' || (pl.endsWith('s') && !DETERMINERS.has(pl))
    )
  }

  /** The cue's speaker, and where a post-posed cue's clause starts ("…, said Smith.") or -1. */
  private cueSpeaker(si: number, t: number, b: number): { speaker: Phrase | null; postposedStart: number } {
    const s = this.doc.sentences[si] as Sentence
    if (this.isSplitVerb(t)) return { speaker: this.inheritSpeaker(si, t), postposedStart: -1 }
    const bt = this.tokens[b] as Token
    if (bt.kind === 'punct' && bt.text === ',' && INVERSION_FORMS.has(this.low(t))) {
      // "…, said Smith." — content before, speaker after.
      const sp = this.npForward(t + 1, s.end)
      if (sp && !this.endsInVerb(sp) && this.onlyAdjunctsUntilEnd(sp[1], s.end))
        return { speaker: sp, postposedStart: b }
    }
    return { speaker: this.speakerBefore(b, s.first), postposedStart: -1 }
  }

  /**
   * "Smith, the mayor, said the plan failed.": what follows the cue ends in a verb, so it is the
   * content and the cue is not inverted ("…, said the retired teacher." ends in a noun).
   */
  private endsInVerb(sp: Phrase): boolean {
    const last = this.tokens[sp[1] - 1] as Token
    if (last.kind !== 'word' || isCapitalized(last) || sp[1] - sp[0] < 2) return false
    return IRREGULAR_PAST.has(last.lower) || (last.lower.length > 4 && last.lower.endsWith('ed'))
  }

  /**
   * "Independent reports that …", "Official claims that …": a sentence-initial adjective before a
   * plural noun that looks like a verb is a noun phrase, not a speaker and a cue.
   */
  private adjectiveNotSpeaker({ si, t, speaker }: IndirectCue): boolean {
    return (
      NOUN_HOMOGRAPHS.has(this.low(t)) &&
      speaker[1] - speaker[0] === 1 &&
      speaker[0] === this.bodyStart(si) &&
      ADJECTIVE_SHAPE.test(this.low(speaker[0])) &&
      !PRONOUNS.has(this.low(speaker[0]))
    )
  }

  /** A cue that takes only a "that" clause ("found", "alleged"): whether it may do without one here. */
  private thatClauseOptional({ s, t, lemma, speaker }: IndirectCue): boolean {
    if (this.findThat(t + 1, Math.min(s.end, t + 10)) !== -1) return true
    const head = this.low(speaker[1] - 1)
    // Post-posed after a comma the content is already before the cue ("…, the union alleged on
    // Friday.", "…, a study released Tuesday found."), so no "that" is needed to find it.
    const postposed = this.isPunct(speaker[0] - 1, ',—–') && this.onlyAdjunctsUntilEnd(t + 1, s.end)
    if (postposed || (lemma === 'find' && FINDING_SUBJECTS.has(head))) return true
    // "A report from the budget officer found the program cost …", "The lawsuit, filed in court,
    // alleges the company knew": a record or a filing needs no "that" either.
    const subjects = lemma === 'find' ? FINDING_SUBJECTS : lemma === 'allege' ? ALLEGING_SUBJECTS : null
    for (let i = speaker[0]; subjects && i < speaker[1]; i++) if (subjects.has(this.low(i))) return true
    return false
  }

  /** A post-posed cue's content: the sentence's words before it. */
  private contentBefore({ si, t, lemma, speaker }: IndirectCue, postposedStart: number): number {
    const first = this.bodyStart(si)
    let last = postposedStart - 1
    while (last >= first && (this.isPunct(last, ',—–;:') || this.tokens[last]?.kind === 'break')) last--
    if (last < first || this.wordsIn(first, last) < 3) return -1
    // A quotation here would have been attributed as a direct quote already.
    if (this.inAttributedQuote(last)) return -1
    this.push('indirect', first, last, t, speaker, si, lemma)
    return t
  }

  /** The content after a cue: its "that" clause or complement, or the sentence around a parenthetical cue. */
  private contentAfter(cue: IndirectCue): number {
    const { s, si, t, lemma, speaker } = cue
    // Parenthetical: "The plan, Smith said, will fail."
    let from = this.pastAddressee(t + 1, s.end, lemma)
    while (from < s.end && this.adjunctRun(from)) from++
    const that = this.findThat(t + 1, Math.min(s.end, t + 10))
    if (that !== -1) from = that
    else if (this.isPunct(from, ',') && this.isPunct(speaker[0] - 1, ',') && speaker[0] - 1 > s.first) {
      const end = this.contentEnd(from + 1, s.end)
      if (end >= 0) this.push('indirect', s.first, end, t, speaker, si, lemma)
      return end
    } else {
      from = this.pastAddressee(t + 1, s.end, lemma)
    }
    return this.complementFrom(cue, from)
  }

  private complementFrom({ s, si, t, lemma, speaker }: IndirectCue, start: number): number {
    let from = start
    while (this.isPunct(from, ':,—–')) from++
    if (from >= s.end) return -1
    if (this.inAttributedQuote(from)) return -1
    const end = this.contentEnd(from, s.end)
    if (end < from || this.wordsIn(from, end) < 2) return -1
    const form = this.low(t)
    if ((!OPEN_LEMMAS.has(lemma) || NOUN_HOMOGRAPHS.has(form)) && !this.clauseLike(from, end)) return -1
    if (PREPOSITIONS.has(this.low(from)) && this.wordsIn(from, end) < 4) return -1
    this.push('indirect', from, end, t, speaker, si, lemma)
    return end
  }

  private accordingTo(si: number, t: number): number {
    const s = this.doc.sentences[si] as Sentence
    const spFirst = t + 2
    let spEnd = spFirst
    while (spEnd < s.end && spEnd - spFirst < 14) {
      const u = this.tokens[spEnd] as Token
      if (u.kind !== 'word' || (u.lower === 'to' && spEnd > spFirst) || this.relayParticiple(spEnd)) break
      if (RELATIVE.has(u.lower)) {
        spEnd = this.whoClauseEnd(spEnd, s.end)
        break
      }
      spEnd++
    }
    if (spEnd === spFirst) return -1
    const speaker: Phrase = [spFirst, spEnd]
    const body = this.bodyStart(si)
    let lead = body
    while (lead < t && (CONJUNCTIONS.has(this.low(lead)) || this.isPunct(lead, ',—–'))) lead++
    if (lead === t) return this.accordingToFirst(si, t, speaker)
    return this.accordingToAfter(si, t, speaker, body)
  }

  /**
   * "records obtained by CBC", "entries released under the law", "a memo provided to the Herald":
   * how the source reached the newsroom ends its name (the relay is read from it separately).
   */
  private relayParticiple(k: number): boolean {
    const l = this.low(k)
    const next = this.low(k + 1)
    if (/^(?:obtained|seen|reviewed)$/u.test(l))
      return next === 'by' || next === 'through' || next === 'under'
    return /^(?:released|provided|leaked|disclosed)$/u.test(l) && /^(?:under|to|through)$/u.test(next)
  }

  /**
   * "according to two people who have seen it": a "who" clause describes an unnamed source and is part
   * of it, up to the next punctuation (at most eight words); any other relative word ends the source.
   */
  private whoClauseEnd(k: number, end: number): number {
    if (this.low(k) !== 'who') return k
    let j = k + 1
    while (j < end && j - k <= 8 && this.tokens[j]?.kind === 'word') j++
    return j < end && this.tokens[j]?.kind === 'word' ? k : j
  }

  /** "According to X, the plan failed." */
  private accordingToFirst(si: number, t: number, speaker: Phrase): number {
    const s = this.doc.sentences[si] as Sentence
    let from = speaker[1]
    while (from < s.end && this.tokens[from]?.kind !== 'word' && this.tokens[from]?.kind !== 'quote') from++
    const end = this.contentEnd(from, s.end)
    if (end < from || this.wordsIn(from, end) < 2) return -1
    this.push('indirect', from, end, t, speaker, si, 'according to', t + 1)
    return end
  }

  /** "The plan failed, according to X." (or mid-sentence: the whole sentence is the content) */
  private accordingToAfter(si: number, t: number, speaker: Phrase, body: number): number {
    const s = this.doc.sentences[si] as Sentence
    const spEnd = speaker[1]
    let last = t - 1
    while (last >= body && this.isPunct(last, ',—–(')) last--
    if (last < body || this.wordsIn(body, last) < 2) return -1
    let end = last
    if (this.isPunct(spEnd, ',') && this.wordsIn(spEnd + 1, s.end - 1) >= 2)
      end = this.contentEnd(spEnd + 1, s.end)
    this.push('indirect', body, end, t, speaker, si, 'according to', t + 1)
    return end
  }

  /** Unattributed quotations inside no other quote: long ones are speech, short ones scare quotes. */
  protected leftoverQuotations(embedded: number[]): void {
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
}
