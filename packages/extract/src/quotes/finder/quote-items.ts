import type { Token } from '../../text/tokenize.ts'
import type { Attribution, QuoteType, TextSpan } from '../attribution.ts'
import { resolveSources } from '../resolve-sources.ts'
import { type Phrase, PhraseReader } from './phrase-reader.ts'

/** An attribution found so far, as token indexes (verb -1 for floating quotes). */
export interface Item {
  type: QuoteType
  floating: boolean
  first: number
  last: number
  verb: number
  verbLast: number
  speaker: Phrase | null
  sentence: number
  verbLemma: string | null
}

/**
 * The third layer of the quote finder: the attributions found so far, with the indexes that keep
 * every lookup O(1) so that a multi-megabyte text stays linear, and their output as text spans.
 */
export class QuoteItems extends PhraseReader {
  protected readonly items: Item[] = []
  protected readonly consumedVerbs = new Set<number>()
  protected readonly itemsBySentence = new Map<number, Item[]>()
  protected readonly itemByVerb = new Map<number, Item>()
  protected readonly attributedOpens = new Set<number>()
  private headline = -2

  protected add(item: Item): void {
    this.items.push(item)
    if (item.verb >= 0) this.itemByVerb.set(item.verb, item)
    if (item.type === 'direct' && !item.floating) this.attributedOpens.add(item.first)
    for (const si of new Set([item.sentence, this.doc.sentenceOf[item.last] ?? -1])) {
      const list = this.itemsBySentence.get(si)
      if (list) list.push(item)
      else this.itemsBySentence.set(si, [item])
    }
  }

  protected push(
    type: QuoteType,
    first: number,
    last: number,
    verb: number,
    speaker: Phrase | null,
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

  /** Whether token i is inside a quotation that a cue already attributes as a direct quote. */
  protected inAttributedQuote(i: number): boolean {
    const qi = this.doc.inQuotation[i] ?? -1
    return qi !== -1 && this.attributedOpens.has(this.doc.quotations[qi]?.open ?? -1)
  }

  /** The title line: a first paragraph of one short sentence without a final period, with text after it. */
  protected isHeadline(si: number): boolean {
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

  // ---------------------------------------------------------------- output
  private span(first: number, lastExclusive: number): TextSpan {
    const a = this.tokens[first] as Token
    const b = this.tokens[lastExclusive - 1] as Token
    return { start: a.start, end: b.end, text: this.doc.text.slice(a.start, b.end) }
  }

  private speakerSpan(sp: Phrase): TextSpan {
    const s = this.span(sp[0], sp[1])
    // The annotation convention leaves a possessive's 's out of the speaker.
    const m = /['’]s$/.exec(s.text)
    if (m && s.text.length > 2) return { start: s.start, end: s.end - 2, text: s.text.slice(0, -2) }
    return s
  }

  protected finish(): Attribution[] {
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
