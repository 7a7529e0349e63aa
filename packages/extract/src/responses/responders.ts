import type { Attribution, TextSpan } from '../quotes/find-quotes.ts'
import { PERSON_TITLES } from '../sources/source-type.ts'
import { countBefore } from '../text/sorted-search.ts'

// Who gives a response that is no quote: the noun phrase just before the cue ("The ministry
// declined", "Both the ministry and the police declined", "The officer who led the interview, Det.
// Mark Hollis, did not respond"). Every pattern has bounded gaps and looks back at most 200
// characters: linear in the text.

// A conjunction never sits inside the responder, and a pronoun is never the head of a noun phrase
// ("an allegation he dismissed" is answered by "he") ("the report existed but disputed …" has none).
const SUBJECT_BEFORE =
  /((?:\p{Lu}[\p{L}\p{M}'’.&-]*)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.&-]*|of|de|van|von|for|in|du|des|&))*(?:['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+(?:\s+(?:in|at|for|of)\s+\p{Lu}[\p{L}\p{M}'’.&-]*)?)?|\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Aa]n?|[Bb]oth|[Ss]ome|[Ss]everal|[Tt]wo|[Tt]hree|[Mm]any)\s+(?:(?!(?:but|and|or|yet|while|that|which|who|said|says|told|he|she|they|it)\s)[\p{L}'’-]+\s+){0,2}?(?!(?:but|and|or|yet|while|that|which|who|said|says|told|he|she|they|it)\s)[\p{L}'’-]+|\b(?:he|she|they|it)\b)\s+["“]?(?:(?:has|have|had|was|also|again|later|then|firmly|flatly|strongly|repeatedly|previously|publicly|immediately|not|did|would|could|both|each|all|since|vehemently|categorically|emphatically|swiftly|quickly|consistently|always|steadfastly|strenuously|adamantly|hard)\s+){0,3}["“]?$/u
// A parenthetical between the responder and the cue: "The department, in a written response, called …".
// A full stop inside it ends an abbreviation or an initial ("Det. Mark Hollis", "J. Smith").
const PARENTHETICAL_BEFORE = /,\s+(?:[^,.;:!?"“”\n]|\.(?=\s\p{Lu})){1,110},\s+$/u
// "…, Richard Amaro, both declined": a word after the parenthetical that belongs to the verb.
const ADVERB_AFTER_PARENTHETICAL =
  /,\s+(?:(?:both|each|all|also|too|jointly|separately|has|have|had|was|were|is|are|repeatedly|consistently|previously|since|again|later|publicly|flatly|strongly|firmly|vehemently|categorically|always|steadfastly|strenuously|adamantly)\s+){1,3}$/u
// A parenthetical that is a name in apposition names the responder: "The auditing firm, Caron
// Lessard LLP, did not respond", "A second councillor, Tom Reyes, has not returned calls".
const APPOSITIVE_NAME =
  /^,\s+(\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.&-]*|de|van|von|da|di|le|la)){0,4}),\s+$/u
// A time between the responder and the cue: "The ministry on Friday declined", "A message left for
// Dana Price on Tuesday was not returned".
const TIME_BEFORE =
  /\s(?:on|last|this|late|early|earlier)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|(?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})(?:\s+(?:morning|afternoon|evening|night))?,?\s+$/u
// "Global Affairs Canada, which did not respond": the responder stands before the relative pronoun.
const RELATIVE_BEFORE = /,\s+(?:which|who)\s+$/u
// "Both the ministry and the police declined": the first of two conjoined responders, named by its
// apposition when it has one ("The developer, Northgate Homes, and its president … declined").
const CONJOINED_BEFORE =
  /(?:\b(?:[Bb]oth|[Nn]either|[Ee]ither)\s+)?((?:\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)|(?:\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.&-]*)*))(?:,\s+(\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.&-]*){0,4}),)?\s+(?:and|as well as|nor|or)\s+$/u
// How far before a cue its responder may start (a long aside included).
const WINDOW = 200
export const PRONOUN = /^(?:he|she|they|it)$/i
const TITLE_WORD = /^(?:[\p{Ll}-]+)$/u

/** Extends a responder leftwards over title words and names: "Police spokesperson Jean Lavoie". */
function extendLeft(text: string, start: number): number {
  let s = start
  for (let n = 0; n < 4; n++) {
    const m = /(\S+)\s+$/u.exec(text.slice(Math.max(0, s - 40), s))
    if (!m || m[1] === undefined) break
    const word = m[1]
    const lower = word.toLowerCase()
    const isTitle = PERSON_TITLES.has(lower) && TITLE_WORD.test(word)
    // A word that ends a sentence ("… the Sentinel. His office") is not part of the responder.
    const isName = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(word) && !SENTENCE_WORDS.has(word) && !endsSentence(word)
    if (!isTitle && !isName) break
    s -= m[0].length
  }
  return s
}
/** A word that ends its sentence: a full stop that is not an initial or a short abbreviation ("Dr."). */
function endsSentence(word: string): boolean {
  return /[.!?]["”’)]?$/u.test(word) && !/^(?:\p{Lu}\.)+$|^\p{Lu}\p{Ll}{0,2}\.$/u.test(word)
}

/**
 * Where a responder found by a pattern must start: never before the end of the sentence or the
 * paragraph before it ("… on Thursday.⏎⏎Whitlock rejected" names Whitlock, not "Thursday. Whitlock").
 */
export function startInSentence(text: string, start: number, end: number): number {
  let cut = 0
  for (const m of text.slice(start, end).matchAll(/(\S+)(\s+)/gu)) {
    if ((m[2] ?? '').includes('\n') || endsSentence(m[1] ?? '')) cut = m.index + m[0].length
  }
  return start + cut
}

// "A spokesperson for the Kremlin", "a lawyer for the family": the person who answers for a body.
const ROLE_FOR_BEFORE =
  /(?:\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+)?(?:[\p{Ll}-]+\s+){0,2}?([\p{L}-]+)\s+(?:for|of|at|from)\s+$/u

/** Extends a responder over the role that speaks for it: "the Kremlin" → "A spokesperson for the Kremlin". */
function extendOverRole(text: string, start: number): number {
  const window = text.slice(Math.max(0, start - 60), start)
  const m = ROLE_FOR_BEFORE.exec(window)
  const role = (m?.[1] ?? '').toLowerCase()
  // "Lawyers for the other two men": a plural role as well.
  if (!m || !(PERSON_TITLES.has(role) || PERSON_TITLES.has(role.replace(/s$/u, '')))) return start
  const at = start - window.length + m.index
  return startInSentence(text, at, start)
}

// "The families of the older players", "Two members of the board": the group the phrase belongs to.
const GROUP_OF_BEFORE =
  /\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ss]ome|[Mm]any|[Tt]wo|[Tt]hree|[Ss]everal|[Bb]oth|[Oo]ne)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+\s+of\s+$/u

/** Extends a responder over the group it is "of": "the older players" → "The families of the older players". */
function extendOverGroup(text: string, start: number): number {
  const window = text.slice(Math.max(0, start - 60), start)
  const m = GROUP_OF_BEFORE.exec(window)
  if (!m) return start
  return startInSentence(text, start - window.length + m.index, start)
}

const SENTENCE_WORDS = new Set(
  'The A An And But In On At As After Before When While If It He She They We I This That These Those There Then Both Neither Either Asked Reached Speaking'.split(
    ' ',
  ),
)

// "Two others, Blue Harbor Media and Quantis, did not respond": a group named by two names.
const APPOSITIVE_PAIR =
  /^,\s+(\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.&-]*){0,3}) and (\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.&-]*){0,3}),\s+$/u

/** The two names of a parenthetical "…, A and B, " at `at`, or null. */
function appositivePair(at: number, paren: string): [TextSpan, TextSpan] | null {
  const m = APPOSITIVE_PAIR.exec(paren)
  if (!m?.[1] || !m[2] || SENTENCE_WORDS.has(m[1].split(/\s/u)[0] ?? '')) return null
  const s1 = at + paren.indexOf(m[1])
  const s2 = at + paren.lastIndexOf(m[2])
  return [
    { start: s1, end: s1 + m[1].length, text: m[1] },
    { start: s2, end: s2 + m[2].length, text: m[2] },
  ]
}

/** The name in a parenthetical at `at` ("…, Caron Lessard LLP, "), or null when it is no name. */
function appositiveName(at: number, paren: string): TextSpan | null {
  const m = APPOSITIVE_NAME.exec(paren)
  if (!m || m[1] === undefined || SENTENCE_WORDS.has(m[1].split(/\s/u)[0] ?? '')) return null
  const s = at + paren.indexOf(m[1])
  return { start: s, end: s + m[1].length, text: m[1] }
}

/**
 * "The Star contacted Smith, who did not respond": the antecedent of "who" is the name just before
 * it, not a phrase that runs back over a verb to the sentence's subject.
 */
function antecedentOnly(found: NonNullable<ReturnType<typeof responderBefore>>): typeof found {
  const r = found.responder
  const tail = /(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})$/u.exec(r.text)
  if (!tail?.[1] || tail.index === 0) return found
  const lead = r.text.slice(0, tail.index)
  if (!/\s\p{Ll}+\s$/u.test(` ${lead}`) || /\b(?:of|for|de|du|at|and|the|des|la|le)\s+$/u.test(lead))
    return found
  const start = r.start + tail.index
  return { ...found, responder: { start, end: r.end, text: tail[1] }, wordsStart: start }
}

/** The responder found before a parenthetical, named by the name in apposition when there is one. */
function withName(
  found: ReturnType<typeof responderBefore>,
  named: TextSpan | null,
): ReturnType<typeof responderBefore> {
  if (!named) return found
  if (!found) return { responder: named, wordsStart: named.start, conjoined: null }
  return { ...found, responder: named }
}

/** The responder that ends just before a cue (`before` is the text up to the cue), with where its words start. */
export function responderBefore(
  text: string,
  start: number,
  before: string,
): { responder: TextSpan; wordsStart: number; conjoined: TextSpan | null } | null {
  const offset = Math.max(0, start - WINDOW)
  const sm = SUBJECT_BEFORE.exec(before)
  if (!sm) return null
  const e = offset + (sm.index ?? 0) + (sm[1] ?? '').length
  let s = startInSentence(text, offset + (sm.index ?? 0), e)
  if (!PRONOUN.test(text.slice(s, e))) s = extendOverGroup(text, extendOverRole(text, extendLeft(text, s)))
  const responder = { start: s, end: e, text: text.slice(s, e) }
  let wordsStart = s
  // "allegations Ke denied": the object of the denial stands before its subject.
  const obj = /\b(?:allegations?|claims?|accusations?|reports?|charges?)\s+$/iu.exec(
    text.slice(Math.max(0, s - 30), s),
  )
  if (obj) wordsStart = s - (text.slice(Math.max(0, s - 30), s).length - obj.index)
  const conjoined = conjoinedBefore(text, s)
  if (conjoined) wordsStart = Math.min(wordsStart, conjoined.start)
  return { responder, wordsStart, conjoined }
}

/** "Both the ministry and the police declined": the first of two responders, before the second at s. */
function conjoinedBefore(text: string, s: number): TextSpan | null {
  const window = text.slice(Math.max(0, s - 80), s)
  const cm = CONJOINED_BEFORE.exec(window)
  const name = cm?.[2] ?? cm?.[1]
  if (!cm || name === undefined) return null
  const at = s - window.length + cm.index
  const cs = at + (cm[2] === undefined ? cm[0].indexOf(name) : cm[0].lastIndexOf(name))
  return { start: cs, end: cs + name.length, text: name }
}

/**
 * The responder that ends just before the cue at `start`, past a time ("on Friday"), a relative
 * pronoun (", which"), a parenthetical and a name in apposition; `before` is the text left before it.
 */
export function responderAt(
  text: string,
  start: number,
): { found: ReturnType<typeof responderBefore>; before: string } {
  const windowStart = Math.max(0, start - WINDOW)
  let before = text.slice(windowStart, start)
  let named: TextSpan | null = null
  let pair: [TextSpan, TextSpan] | null = null
  const adverb = ADVERB_AFTER_PARENTHETICAL.exec(before)
  if (adverb) before = `${before.slice(0, adverb.index)}, `
  const time = TIME_BEFORE.exec(before)
  if (time) before = `${before.slice(0, time.index)} `
  const relative = RELATIVE_BEFORE.exec(before)
  if (relative) before = `${before.slice(0, relative.index)} `
  // Up to two asides: "Kowalczyk's wife, Teresa Kowalczyk, who is listed as the firm's director, declined".
  for (let n = 0; n < 2; n++) {
    const paren = PARENTHETICAL_BEFORE.exec(before)
    if (!paren || SUBJECT_BEFORE.test(before)) break
    named ??= appositiveName(windowStart + paren.index, paren[0])
    pair ??= appositivePair(windowStart + paren.index, paren[0])
    before = `${before.slice(0, paren.index)} `
  }
  // "Castellano, 67, who owns …": an age in apposition after the name.
  const age = /,\s+\d{1,3}\s+$/u.exec(before)
  if (age) before = `${before.slice(0, age.index)} `
  let found = withName(responderBefore(text, start, before), named)
  if (relative && found) found = antecedentOnly(found)
  if (pair && found) return { found: { ...found, responder: pair[1], conjoined: pair[0] }, before }
  return { found, before }
}

// "A lawyer for Kestrel, Sandra Whitby, said": the name in apposition is whom the desk files it under.
const APPOSED_NAME = /^,\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3}),/u

export function nameInApposition(text: string, source: TextSpan | null): TextSpan | null {
  // Only a description is named by its apposition ("Smith, 45, said" is named already).
  if (!source || !/(?:^|\s)\p{Ll}/u.test(source.text)) return null
  const m = APPOSED_NAME.exec(text.slice(source.end, source.end + 60))
  if (!m?.[1]) return null
  const start = source.end + m[0].indexOf(m[1])
  return { start, end: start + m[1].length, text: m[1] }
}

const CLIENT = /^(?:his|her|their|its) clients?$/iu
const CLIENT_OF =
  /\b(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})['’]s\s+(?:lawyer|attorney|counsel|legal team)\b/u
const DEFINITE = /^the\s+([\p{L}-]+)$/iu

/**
 * A responder inside what someone else reports, who stands for the party the speaker speaks for:
 * "Vieira's lawyer said her client denies any involvement" (Vieira), "A spokesperson for the
 * Department of Families said the department does not comment" (the spokesperson).
 */
export function reportedFor(
  text: string,
  attributions: readonly Attribution[],
  responder: TextSpan,
): TextSpan | null {
  const client = CLIENT.test(responder.text)
  const noun = DEFINITE.exec(responder.text)?.[1]?.toLowerCase()
  if (!client && !noun) return null
  const lo = countBefore(attributions, (x) => x.content.start <= responder.start)
  const a = attributions[lo - 1]
  const speaker = a && a.content.end > responder.start ? (a.resolvedSource ?? a.source) : null
  if (!speaker) return null
  if (client) {
    // "Vieira's lawyer said", "Vieira's lawyer, Sunita Malhotra, said": the lawyer's client.
    const from = Math.max(0, speaker.start - 40)
    const of = CLIENT_OF.exec(text.slice(from, speaker.end))
    if (!of?.[1]) return null
    const start = from + of.index
    return { start, end: start + of[1].length, text: of[1] }
  }
  // A body's noun only ("the department"): "the mayor" reported by the mayor's office stays the mayor.
  if (!noun || PERSON_TITLES.has(noun)) return null
  return new RegExp(`\\b${noun}\\b`, 'iu').test(speaker.text) ? speaker : null
}

// A name that opens its sentence and is followed by its verb: "Castellano did not testify Monday and
// declined to speak with reporters" is Castellano's refusal.
const OPENING_SUBJECT =
  /^(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})\s+(?:(?:has|had|did|was|is|would|will|could)\s+)?(?:not\s+|never\s+)?\p{Ll}/u
const NO_SUBJECT_WORDS = new Set(
  'The A An And But In On At As After Before When While If It He She They We I This That These Those There Then Both Neither Either'.split(
    ' ',
  ),
)

/** The capitalised name that opens the sentence a coordinated cue at `at` is in, or null. */
export function sentenceSubject(text: string, at: number): TextSpan | null {
  const before = text.slice(Math.max(0, at - 200), at)
  const end = [...before.matchAll(/[.!?]["”’]?\s+|\n/gu)].at(-1)
  const from = end ? end.index + end[0].length : 0
  if (!end && at > 200) return null
  const m = OPENING_SUBJECT.exec(before.slice(from))
  if (!m?.[1] || NO_SUBJECT_WORDS.has(m[1].split(/\s/u)[0] ?? '')) return null
  const start = at - before.length + from
  return { start, end: start + m[1].length, text: m[1] }
}
