import type { Attribution, TextSpan } from '../quotes/find-quotes.ts'
import { classifySource } from '../sources/source-type.ts'

/** The source an outlet (or any relay) cites: "Citing unnamed sources, Global News reported …". */
export interface CitedSource {
  /** The cited source as written ("unnamed “national security sources”"). */
  source: TextSpan
  /** "citing", "according to", "told" (an outlet told by the source), "published by". */
  cue: TextSpan
}

const CITING = /\b(?:citing|cited|quoting)\s+/giu
const STOP = /[,.;:!?\n(]|\s(?:that|who|which|as|in a|in an|on|and said|and reported|saying)\s/u

/** The span of a cited source after its cue: up to a comma, a clause, or 90 characters. */
function sourceAfter(text: string, from: number): TextSpan | null {
  const rest = text.slice(from, from + 90)
  const stop = STOP.exec(rest)
  let end = from + (stop ? stop.index : rest.length)
  // Keep a closing quotation mark that belongs to the cited words.
  if (/^["”»]/u.test(text.slice(end, end + 1))) end += 1
  while (end > from && /\s/u.test(text.charAt(end - 1))) end--
  if (end <= from) return null
  return { start: from, end, text: text.slice(from, end) }
}

/**
 * What an attribution's source relays: a source cited in the same sentence ("citing …", "according
 * to …"), or the outlet a source spoke to ("told Global News"). Null when the source is the origin.
 */
export function findCitedSource(text: string, a: Attribution): CitedSource | null {
  if (!a.source || !a.cue) return null
  const { start, end } = a.sentence
  const sentence = text.slice(start, end)
  for (const m of sentence.matchAll(CITING)) {
    const at = start + m.index
    if (at >= a.content.start && at < a.content.end) continue
    const cue = { start: at, end: at + m[0].trimEnd().length, text: m[0].trimEnd() }
    const source = sourceAfter(text, at + m[0].length)
    if (source) return { source, cue }
  }
  if (a.cueLemma !== 'according to') {
    const acc = /\baccording to\s+/giu
    for (const m of sentence.matchAll(acc)) {
      const at = start + m.index
      if (at >= a.content.start && at < a.content.end && a.content.end - at > 60) continue
      const source = sourceAfter(text, at + m[0].length)
      if (source) return { source, cue: { start: at, end: at + 12, text: text.slice(at, at + 12) } }
    }
  }
  return null
}

/** The outlet an allegation was published by, in a sentence with no attribution ("published by Global News"). */
export function findPublishedBy(text: string, sentence: { start: number; end: number }): CitedSource | null {
  const s = text.slice(sentence.start, sentence.end)
  const m =
    /\b(?:published|reported|broadcast|revealed|first reported)\s+(?:by|in)\s+((?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’&.-]*){0,4})/u.exec(
      s,
    )
  if (!m || m[1] === undefined) return null
  const srcStart = sentence.start + m.index + m[0].length - m[1].length
  const source = { start: srcStart, end: srcStart + m[1].length, text: m[1] }
  if (classifySource(source.text).type !== 'outlet') return null
  const cueText = m[0].slice(0, m[0].length - m[1].length).trimEnd()
  return {
    source,
    cue: { start: sentence.start + m.index, end: sentence.start + m.index + cueText.length, text: cueText },
  }
}
