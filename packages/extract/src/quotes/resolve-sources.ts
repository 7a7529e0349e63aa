import { classifySource } from '../sources/source-type.ts'
import type { Doc } from '../text/document.ts'
import { countBefore } from '../text/sorted-search.ts'
import { isCapitalized } from '../text/tokenize.ts'
import type { Attribution, TextSpan } from './attribution.ts'

// How far back a pronoun or a floating quote looks for its source, in characters.
const REACH = 1500
const SENTENCE_STARTERS = new Set(
  'The A An And But In On At As After Before When While If It He She They We I This That These Those There Then Now So Or For With From By To Of Last Next Both Some Many Most Prior Speaking According Citing Meanwhile However Still Yet Also Even One Two Later Earlier Separately Afterward Afterwards Yesterday Today Tonight Asked Reached Instead Since Until Despite Although Though Because Under Over Why What How Who When Where Yes No Not'.split(
    ' ',
  ),
)

const PRONOUN_SOURCES = new Set(['he', 'she', 'it', 'they'])
// A day or a month is capitalised, and no one a pronoun stands for ("accused on Monday …, he said").
const CALENDAR_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u

/** Capitalized runs of words ("Han Dong", "Global News") that could be the antecedent of a pronoun. */
function nameMentions(doc: Doc): TextSpan[] {
  const out: TextSpan[] = []
  const { tokens, text } = doc
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (!t || !isCapitalized(t) || SENTENCE_STARTERS.has(t.text)) continue
    let j = i
    while (j + 1 < tokens.length && isCapitalized(tokens[j + 1] as (typeof tokens)[number])) j++
    const last = tokens[j] as (typeof tokens)[number]
    out.push({ start: t.start, end: last.end, text: text.slice(t.start, last.end) })
    i = j
  }
  return out
}

/**
 * Pronoun sources and floating quotes get the nearest compatible named source before them: the
 * source of a recent attribution first (a pronoun subject usually continues the last speaker), else
 * the nearest name. "he"/"she" want a person, "it" an organisation, "they" a group or organisation.
 * The pronoun itself stays the `source` (the scorer wants the mention as written).
 */
export function resolveSources(attributions: Attribution[], doc: Doc): void {
  const resolver = new PronounResolver(doc)
  attributions.forEach((a, i) => {
    const at = a.source?.start ?? a.content.start
    if (a.floating) {
      const src = previousSource(attributions, i, at, () => true)
      if (src) a.resolvedSource = src
      return
    }
    const pronoun = a.source?.text.toLowerCase()
    if (!pronoun || !PRONOUN_SOURCES.has(pronoun)) return
    const src =
      previousSource(attributions, i, at, (s) => s.start < at && resolver.compatible(pronoun, s)) ??
      resolver.nearestMention(at, pronoun)
    if (src) a.resolvedSource = src
  })
}

/** The source of the nearest attribution before the i-th (within REACH of `at`) that `accept` takes. */
function previousSource(
  attributions: Attribution[],
  i: number,
  at: number,
  accept: (src: TextSpan) => boolean,
): TextSpan | null {
  for (let k = i - 1; k >= 0; k--) {
    const p = attributions[k] as Attribution
    if (at - p.content.end > REACH) break
    const src = p.resolvedSource ?? p.source
    if (src && accept(src)) return src
  }
  return null
}

/** Which names a pronoun can stand for; name mentions are found once, only if a pronoun needs them. */
class PronounResolver {
  private mentions: TextSpan[] | null = null
  // Repetitive texts name the same few mentions thousands of times: classify each distinct one once.
  private readonly classes = new Map<string, ReturnType<typeof classifySource>>()

  constructor(private readonly doc: Doc) {}

  compatible(pronoun: string, span: TextSpan): boolean {
    if (PRONOUN_SOURCES.has(span.text.toLowerCase()) || CALENDAR_WORD.test(span.text)) return false
    let c = this.classes.get(span.text)
    if (!c) {
      c = classifySource(span.text)
      this.classes.set(span.text, c)
    }
    if (pronoun === 'he' || pronoun === 'she') return c.type === 'person' && c.named
    if (pronoun === 'it') return c.type !== 'person' && c.type !== 'anonymous'
    if (pronoun === 'they') return c.type !== 'person' || !c.named || /s$/i.test(span.text)
    return false
  }

  /** The nearest compatible name before `at`, within REACH. */
  nearestMention(at: number, pronoun: string): TextSpan | null {
    this.mentions ??= nameMentions(this.doc)
    const mentions = this.mentions
    // Binary search for the last mention before the pronoun, so long texts stay linear.
    const lo = countBefore(mentions, (m) => m.start < at)
    for (let k = lo - 1; k >= 0; k--) {
      const m = mentions[k] as TextSpan
      if (at - m.end > REACH) break
      if (this.compatible(pronoun, m)) return m
    }
    return null
  }
}

/** The nearest name before `at` a pronoun can stand for ("he" a named person, "it" a body), within REACH. */
export function nameResolver(doc: Doc): (at: number, pronoun: string) => TextSpan | null {
  const resolver = new PronounResolver(doc)
  return (at, pronoun) => resolver.nearestMention(at, pronoun)
}
