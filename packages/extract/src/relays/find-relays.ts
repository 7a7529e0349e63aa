import type { Attribution, TextSpan } from '../quotes/find-quotes.ts'
import { classifySource, namesItsKind } from '../sources/source-type.ts'
import { kindInText } from '../sources/text-kinds.ts'

/** The source an outlet (or any relay) cites: "Citing unnamed sources, Global News reported …". */
export interface CitedSource {
  /** The cited source as written ("unnamed “national security sources”"). */
  source: TextSpan
  /** "citing", "according to", "told" (an outlet told by the source), "published by". */
  cue: TextSpan
  /** What the publishing outlet cited: "first reported by the Courier, which cited internal figures". */
  cited?: { source: TextSpan; cue: TextSpan }
}

const CITING = /\b(?:citing|cited|quoting)\s+/giu
const STOP = /[,.;:!?\n(]|\s(?:that|who|which|as|in a|in an|on|and said|and reported|saying)\s/u

const UNNAMED_BECAUSE =
  /^\s(?:who|which)\s(?:asked|requested|spoke|was not|were not|is not|are not|declined|did not want|insisted)\b/u

/** The span of a cited source after its cue: up to a comma, a clause, or 90 characters. */
function sourceAfter(text: string, from: number): TextSpan | null {
  const rest = text.slice(from, from + 90)
  const stop = STOP.exec(rest)
  let end = from + (stop ? stop.index : rest.length)
  // "quoting a board employee who asked not to be named": why the source is unnamed describes it.
  if (stop && UNNAMED_BECAUSE.test(rest.slice(stop.index))) {
    const close = /[,.;:!?\n]/u.exec(text.slice(end + 1, end + 120))
    if (close) end = end + 1 + close.index
  }
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
  return citing(text, a) ?? (a.cueLemma !== 'according to' ? accordingTo(text, a) : null)
}

const CITED_REASON =
  /^(?:(?:the|its|his|her|their|an?)\s+)?(?:ongoing\s+|active\s+|continuing\s+|pending\s+|commercial\s+|employee\s+|patient\s+|legal\s+)?(?:privacy|confidentiality|investigation|litigation|legal|court|case|matter|rules?|polic(?:y|ies)|process|proceedings|reasons?|security|concerns?|sensitivity|obligations?)\b/iu

/** "Citing unnamed sources, …", "quoting a leaked memo": a cited source outside the content. */
function citing(text: string, a: Attribution): CitedSource | null {
  const { start, end } = a.sentence
  for (const m of text.slice(start, end).matchAll(CITING)) {
    const at = start + m.index
    // "…, according to Reuters, which cited two people …": right after the source, it is the source's.
    const afterSource = a.source !== null && at >= a.source.end && at - a.source.end < 20
    if (at >= a.content.start && at < a.content.end && !afterSource) continue
    const cue = { start: at, end: at + m[0].trimEnd().length, text: m[0].trimEnd() }
    const source = sourceAfter(text, at + m[0].length)
    // "declined to comment, citing privacy rules": a reason cited, not a source.
    if (source && !CITED_REASON.test(source.text)) return { source, cue }
  }
  return null
}

/** "…, according to X": a cited source, also inside a long content. */
function accordingTo(text: string, a: Attribution): CitedSource | null {
  const { start, end } = a.sentence
  const acc = /\baccording to\s+/giu
  for (const m of text.slice(start, end).matchAll(acc)) {
    const at = start + m.index
    if (at >= a.content.start && at < a.content.end && a.content.end - at > 60) continue
    const source = sourceAfter(text, at + m[0].length)
    if (source) return { source, cue: { start: at, end: at + 12, text: text.slice(at, at + 12) } }
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
  const cited = whichCited(text, source.end, sentence.end)
  return {
    source,
    cue: { start: sentence.start + m.index, end: sentence.start + m.index + cueText.length, text: cueText },
    ...(cited ? { cited } : {}),
  }
}

// "…, which cited internal figures", "…, which quoted two officials": what the outlet passed on.
const WHICH_CITED = /^,\s+which\s+(cited|quoted|was citing)\s+/u

/** The source an outlet cited, in a relative clause right after its name (ending at `at`). */
function whichCited(text: string, at: number, end: number): { source: TextSpan; cue: TextSpan } | null {
  const m = WHICH_CITED.exec(text.slice(at, Math.min(end, at + 40)))
  if (!m?.[1]) return null
  const cueStart = at + m[0].indexOf(m[1])
  const source = sourceAfter(text, at + m[0].length)
  if (!source) return null
  // "internal figures showing that …": the cited thing ends before what it shows.
  const cut = /\s(?:showing|suggesting|indicating|saying|which|that)\b/u.exec(source.text)
  const trimmed = cut
    ? { ...source, end: source.start + cut.index, text: source.text.slice(0, cut.index) }
    : source
  return { source: trimmed, cue: { start: cueStart, end: cueStart + m[1].length, text: m[1] } }
}

/** An outlet that passed on what a source said: "officials told the Tribune", "a source quoted by the Herald". */
export interface RelayOutlet {
  /** Who spoke: the attribution's source, or the part of it before "quoted by". */
  origin: TextSpan
  relay: TextSpan
  cue: TextSpan
}

// "a source quoted by the Herald", "records obtained by CityLine": the source phrase holds the relay.
const RELAYED_SOURCE = /^(.+?)\s+((?:quoted|cited|obtained|seen|reviewed|interviewed) by)\s+(.+)$/u
// A source speaking to an outlet: "told the Tribune", "in an interview with Radio Nord", "told the
// agency" (an outlet only when the text names one it refers back to: spokenToOutlet).
const SPOKE_TO =
  /\b(?:told|tells|[Ii]n an? (?:interview|phone interview|conversation|email|e-mail|statement|exchange|podcast) (?:with|to)|[Ss]peaking (?:to|with)|in comments to|in remarks to|(?:said|wrote) in an? (?:email|statement|interview) to|[Ii]n an? (?:statement|interview|post|message|video|broadcast|report) (?:carried|published|aired|broadcast|released|quoted) (?:by|on|in)|quoted (?:as saying )?by)\s+((?:the\s+)?\p{Lu}[\p{L}\p{M}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’&.-]*){0,4}|the\s+(?:(?:state|state-run|official|national|public|government)\s+)?(?:news agency|newspaper|paper|outlet|broadcaster|network|magazine|station|agency|wire|television|radio)(?:\s+\p{Lu}[\p{L}\p{M}'’&.-]*){0,3})/gu

// "the Beacon", "The Northern Ledger": a bare proper name after "the", which no rule knows as an outlet.
const BARE_THE_NAME = /^(?:the|le|la|les)\s+\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3}$/iu

/**
 * Records "obtained by", "reviewed by" or "seen by" a bare proper name: newsrooms write this of
 * themselves and of other newsrooms ("emails reviewed by the Ledger"), so the name is the relay even
 * when its title is no outlet word. An organisation that releases its own papers says "released by".
 */
function newsroomThatObtained(cue: string, name: string): boolean {
  return (
    /^(?:obtained|reviewed|seen) by$/u.test(cue) &&
    BARE_THE_NAME.test(name) &&
    classifySource(name).type === 'organisation'
  )
}

/**
 * Whether a source that "told" or gave an interview to a name spoke to an outlet: a name that says
 * so ("Global News"), that the text gives as a newsroom elsewhere (its dateline, "obtained by the
 * Ledger"), or a bare "the" and proper name that no word makes anything else ("told the Financial
 * Ledger"; "told the Commons" and "told the Senate" name legislatures).
 */
function spokenToOutlet(text: string, name: string): boolean {
  if (classifySource(name).type === 'outlet' || kindInText(text, name) === 'outlet') return true
  return BARE_THE_NAME.test(name) && !namesItsKind(name)
}

/**
 * The outlet a source spoke to, in the source phrase itself or in the attribution's sentence (outside
 * the quoted content). Null when no outlet stands between the source and the reader but the publisher.
 */
export function findRelayOutlet(text: string, a: Attribution): RelayOutlet | null {
  if (!a.source || !a.cue) return null
  return (
    relayInSourcePhrase(text, a.source) ??
    relayAfterSource(text, a.source) ??
    outletSpokenTo(text, a, a.source)
  )
}

// "A 2022 audit, obtained by the Courier, found …", "according to police records, which were
// reviewed by the Herald": the relay in an aside right after the source phrase.
const RELAY_ASIDE =
  /^(?:\s+(?:last|this|on|earlier|late)\s+\p{L}+)?(?:,\s+(?:(?:which|that|(?:a copy|copies) of which)\s+(?:was|were|had been|has been|have been)\s+)?|\s+)((?:obtained|reviewed|seen|quoted|cited) by|(?:provided|leaked|given) to)\s+((?:the\s+)?\p{Lu}[\p{L}\p{M}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’&.-]*){0,4}|the\s+(?:newspaper|paper|outlet|broadcaster|network|magazine|station))/u
// "Minutes of the board's meetings, which the Ledger obtained from a former director, …": the same
// in the active voice.
const RELAY_ASIDE_ACTIVE =
  /^,\s+(?:which|that)\s+((?:the\s+)?\p{Lu}[\p{L}\p{M}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’&.-]*){0,4}|the\s+(?:newspaper|paper|outlet|broadcaster|network|magazine|station))\s+((?:has |had )?(?:obtained|reviewed|seen|saw))\b/u

function relayAfterSource(text: string, source: TextSpan): RelayOutlet | null {
  const aside = asideAfter(text.slice(source.end, source.end + 100))
  if (!aside) return null
  const name = aside.name.replace(/(?<!\b\p{Lu})\.$/u, '')
  if (!spokenToOutlet(text, name) && !newsroomThatObtained(aside.reads, name)) return null
  const cueStart = source.end + aside.cueAt
  const relayStart = source.end + aside.nameAt
  return {
    origin: source,
    relay: { start: relayStart, end: relayStart + name.length, text: name },
    cue: { start: cueStart, end: cueStart + aside.cue.length, text: aside.cue },
  }
}

// "A source familiar with the matter, who spoke to Reuters on condition of anonymity, said": the
// outlet the source spoke to.
const SPOKE_TO_ASIDE =
  /^,\s+who\s+((?:spoke|talked|has spoken|had spoken) (?:to|with))\s+((?:the\s+)?\p{Lu}[\p{L}\p{M}'’&.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’&.-]*){0,4})/u

/** The relay aside at the start of `after`: its cue ("obtained by") and the outlet's name, with offsets. */
function asideAfter(
  after: string,
): { cue: string; reads: string; cueAt: number; name: string; nameAt: number } | null {
  const spoke = SPOKE_TO_ASIDE.exec(after)
  if (spoke?.[1] && spoke[2]) {
    const name = spoke[2].replace(/\.$/u, '')
    return {
      cue: spoke[1],
      reads: 'told',
      cueAt: spoke[0].indexOf(spoke[1]),
      name,
      nameAt: spoke[0].lastIndexOf(spoke[2]),
    }
  }
  const active = RELAY_ASIDE_ACTIVE.exec(after)
  if (active?.[1] && active[2]) {
    const nameAt = active[0].indexOf(active[1])
    // "which the Ledger obtained" reads as "obtained by the Ledger".
    const reads = `${active[2].replace(/^(?:has|had) /u, '').replace(/^saw$/u, 'seen')} by`
    return { cue: active[2], reads, cueAt: active[0].lastIndexOf(active[2]), name: active[1], nameAt }
  }
  const m = RELAY_ASIDE.exec(after)
  if (!m?.[1] || !m[2]) return null
  // The name ends with its sentence: "reviewed by the Spectator.⏎⏎Ward 1 …" is "the Spectator".
  const name = m[2].split(/\.?\s*\n|\.\s/u)[0] as string
  const nameAt = m[0].length - m[2].length
  return { cue: m[1], reads: m[1], cueAt: m[0].indexOf(m[1]), name, nameAt }
}

/** "a source quoted by the Herald": the relay named inside the source phrase. */
function relayInSourcePhrase(text: string, source: TextSpan): RelayOutlet | null {
  const inPhrase = RELAYED_SOURCE.exec(source.text)
  if (!inPhrase?.[1] || !inPhrase[2] || !inPhrase[3]) return null
  const relayStart = source.end - inPhrase[3].length
  // "obtained by Lakeshore News through a freedom-of-information request": the name ends the relay.
  const after = /\s+(?:through|via|under|in|on|at|after|from|with|for|and)\s.*$/u.exec(inPhrase[3])
  if (after) inPhrase[3] = inPhrase[3].slice(0, after.index)
  const relayEnd = relayStart + inPhrase[3].length
  const cueStart =
    source.start +
    inPhrase[1].length +
    inPhrase.index +
    (inPhrase[0].indexOf(inPhrase[2]) - inPhrase[1].length)
  if (!spokenToOutlet(text, inPhrase[3]) && !newsroomThatObtained(inPhrase[2], inPhrase[3])) return null
  return {
    origin: { start: source.start, end: source.start + inPhrase[1].length, text: inPhrase[1] },
    relay: { start: relayStart, end: relayEnd, text: inPhrase[3] },
    cue: { start: cueStart, end: cueStart + inPhrase[2].length, text: inPhrase[2] },
  }
}

/** "officials told the Tribune": an outlet the source spoke to, in the sentence outside the content. */
function outletSpokenTo(text: string, a: Attribution, source: TextSpan): RelayOutlet | null {
  const { start, end } = a.sentence
  for (const m of text.slice(start, end).matchAll(SPOKE_TO)) {
    const at = start + m.index
    if (at >= a.content.start && at < a.content.end) continue
    // A sentence's final period is not part of the name (an initialism's is: "C.B.C.").
    const name = (m[1] ?? '').replace(/(?<!\b\p{Lu})\.$/u, '')
    if (!spokenToOutlet(text, name)) continue
    const relayStart = at + m[0].length - (m[1] ?? '').length
    const cueText = m[0].slice(0, m[0].length - (m[1] ?? '').length).trimEnd()
    return {
      origin: source,
      relay: { start: relayStart, end: relayStart + name.length, text: name },
      cue: { start: at, end: at + cueText.length, text: cueText },
    }
  }
  return null
}
