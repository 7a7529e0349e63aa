import type { QuotationSpan } from '../../text/quotation-marks.ts'
import type { Token } from '../../text/tokenize.ts'
import { AUXILIARIES, NAMING_LEMMAS, reportingLemma } from '../lexicon.ts'
import type { Phrase } from './phrase-reader.ts'
import { QuoteItems } from './quote-items.ts'
import { INVERSION_FORMS } from './word-classes.ts'

/** A reporting verb and its speaker. */
interface Cue {
  verb: number
  speaker: Phrase
}

/** Where a cue before a quotation may stand, and what lies between them. */
interface PreContext {
  floor: number
  /** Index of the last token before the quotation (and its colon or comma). */
  k: number
  colon: boolean
  adjunctsOnly: boolean
}

/**
 * The fourth layer of the quote finder: direct quotes, quotation spans with a source and cue after
 * them ("“…,” she said") or before them ("She said: “…”"), each cue at most 8–14 tokens away.
 */
export class DirectQuotes extends QuoteItems {
  /** Quotation spans with a source and cue before or after them; returns the ones left unattributed. */
  protected directQuotes(): number[] {
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

  private postAttribution(q: QuotationSpan): Cue | null {
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
    return this.cueAfter(k, ceil)
  }

  /** "“…,” the minister told reporters": the first reporting verb within 14 tokens, its subject at k. */
  private cueAfter(k: number, ceil: number): Cue | null {
    for (let v = k + 1; v < ceil && v - k <= 14; v++) {
      const t = this.tokens[v] as Token
      if (t.kind === 'quote' || (t.kind === 'punct' && t.text !== ',' && t.text !== '.')) return null
      if (t.kind !== 'word' || !reportingLemma(t.lower)) continue
      const back = this.skipBack(v - 1, k, v)
      if (back.negated || back.passive) return null
      const sp = this.speakerBefore(back.j, k)
      if (
        sp &&
        sp[0] - k <= 1 &&
        this.tailOk(v + 1, ceil) &&
        this.cueFitsSpeaker(reportingLemma(t.lower), sp)
      )
        return { verb: v, speaker: sp }
      return null
    }
    return null
  }

  private preAttribution(q: QuotationSpan): Cue | null {
    const s = this.doc.sentences[this.doc.sentenceOf[q.open] ?? -1]
    if (!s) return null
    const last = q.open - 1
    if (last < s.first) return null
    // "The ministry wrote on its website: “…”": after a colon, whatever stands between the cue and
    // the quotation is the cue's own complement, not a clause of its own.
    const colon = this.isPunct(last, ':')
    const k = this.isPunct(last, ':,—–') ? last - 1 : last
    return this.cueBeforeFrom({ floor: s.first, k, colon, adjunctsOnly: true })
  }

  /** The nearest reporting verb before a quotation, across adjuncts (or a naming verb's object). */
  private cueBeforeFrom(at: PreContext): Cue | null {
    for (let v = at.k; v >= at.floor && at.k - v <= (at.colon ? 12 : 8); v--) {
      const t = this.tokens[v] as Token
      if (t.kind !== 'word') return null
      const lemma = reportingLemma(t.lower)
      if (lemma) return this.cueBefore(v, lemma, at)
      // "called the plan “a disaster”": a naming verb may have its object between it and the quote.
      if (!this.adjunctOk(v)) {
        if (this.startsClause(v) || AUXILIARIES.has(t.lower)) return null
        at.adjunctsOnly = false
      }
    }
    return null
  }

  /** The reporting verb at v before a quotation, with its speaker. */
  private cueBefore(v: number, lemma: string, at: PreContext): Cue | null {
    if (!at.adjunctsOnly && !NAMING_LEMMAS.has(lemma) && !at.colon) return null
    if (this.consumedVerbs.has(v)) {
      // "“A,” he said, “B.”": the cue already attributes the quote before; it attributes this one too.
      const previous = this.itemByVerb.get(v)
      return previous?.speaker ? { verb: v, speaker: previous.speaker } : null
    }
    const back = this.skipBack(v - 1, at.floor, v)
    if (back.negated || back.passive) return null
    const sp =
      this.speakerBefore(back.j, at.floor) ??
      (INVERSION_FORMS.has(this.low(v)) ? this.npForward(v + 1, at.k + 1) : null)
    return sp && this.cueFitsSpeaker(lemma, sp) ? { verb: v, speaker: sp } : null
  }
}
