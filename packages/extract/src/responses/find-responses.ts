import type { Attribution, TextSpan } from '../quotes/find-quotes.ts'
import { PERSON_TITLES } from '../sources/source-type.ts'
import { countBefore } from '../text/sorted-search.ts'
import { markPartialAdmissions } from './partial-admissions.ts'
import { DENIED_A_THING, DENIED_SOMEONE_SOMETHING, ownWordsStance, PHRASES } from './response-cues.ts'

/** The stances of contracts' RESPONSE_STANCES that a text can show by itself. */
export type ResponseStance =
  | 'denies'
  | 'admits'
  | 'partially_admits'
  | 'confirms'
  | 'declines_to_comment'
  | 'did_not_respond'

/** A reply of someone a claim concerns: "Dong denied …", "Ke denied", "X did not respond". */
export interface ResponseMention {
  stance: ResponseStance
  /** Who responds, as written (a pronoun stays a pronoun), and the name it stands for. */
  responder: TextSpan | null
  resolvedResponder: TextSpan | null
  cue: TextSpan
  /** The words of the response, from responder (or cue) to the end of what was said. */
  words: TextSpan
  /** The attribution this response is, when it is also a quote ("Dong admitted he spoke …"). */
  attributionIndex: number | null
}

// A conjunction never sits inside the responder ("the report existed but disputed …" has none).
const SUBJECT_BEFORE =
  /((?:\p{Lu}[\p{L}\p{M}'’.&-]*)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.&-]*|of|de|van|von|for|in|du|des|&))*(?:['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+(?:\s+(?:in|at|for|of)\s+\p{Lu}[\p{L}\p{M}'’.&-]*)?)?|\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Aa]n?|[Bb]oth|[Ss]ome|[Ss]everal|[Tt]wo|[Tt]hree|[Mm]any)\s+(?:(?!(?:but|and|or|yet|while|that|which|who|said|says|told)\s)[\p{L}'’-]+\s+){0,2}?(?!(?:but|and|or|yet|while|that|which|who|said|says|told)\s)[\p{L}'’-]+|\b(?:he|she|they|it)\b)\s+(?:(?:has|have|had|was|also|again|later|then|firmly|flatly|strongly|repeatedly|previously|publicly|immediately|not|did|would|could)\s+){0,3}["“]?$/u
// A parenthetical between the responder and the cue: "The department, in a written response, called …".
const PARENTHETICAL_BEFORE = /,\s+[^,.;:!?"“”\n]{1,60},\s+$/u
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
// "Both the ministry and the police declined": the first of two conjoined responders.
const CONJOINED_BEFORE =
  /(?:\b(?:[Bb]oth|[Nn]either|[Ee]ither)\s+)?((?:\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)|(?:\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.&-]*)*))\s+(?:and|as well as|nor|or)\s+$/u
// A second verb of the same subject: "acknowledged … but disputed".
const COORDINATED_BEFORE =
  /(?:,\s*|\s)(?:but|and|yet)\s+(?:also\s+|then\s+|later\s+|flatly\s+|strongly\s+)?$/u
// What a record or an outlet found is a claim, not a party's reply: "the audit found the figures were
// wrong", "the Herald reported that he had never paid".
const FINDING_CUE =
  /^(?:reported|reports|report|found|finds|find|show|shows|showed|shown|revealed|reveals|alleged|alleges|allege|according)\b/iu
const PASSIVE_BEFORE = /\b(?:been|be|being|was|were|is|are)\s+$/u
const NEGATED_BEFORE = /\b(?:not|never|n't)\s+$/u
const PRONOUN = /^(?:he|she|they|it)$/i
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
function startInSentence(text: string, start: number, end: number): number {
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
  if (!m || !PERSON_TITLES.has((m[1] ?? '').toLowerCase())) return start
  const at = start - window.length + m.index
  return startInSentence(text, at, start)
}

const SENTENCE_WORDS = new Set(
  'The A An And But In On At As After Before When While If It He She They We I This That These Those There Then Both Neither Either Asked Reached Speaking'.split(
    ' ',
  ),
)

/**
 * Responses in a text. A response that is also an attribution (a quote with a denial verb) takes the
 * attribution's source and content; the others find their responder just before the cue. Every
 * pattern has bounded gaps and looks back at most 120 characters: linear in the text.
 */
export function findResponses(text: string, attributions: readonly Attribution[]): ResponseMention[] {
  const out: ResponseMention[] = []
  const byCue = new Map<number, number>()
  attributions.forEach((a, i) => {
    if (a.cue) byCue.set(a.cue.start, i)
  })
  const taken = new Set<number>()
  const coordinated: ResponseMention[] = []
  for (const { re, stance } of PHRASES) {
    for (const m of text.matchAll(re)) {
      const start = m.index
      const end = start + m[0].length
      if (taken.has(start) || !isResponseCue(text, start, end, stance)) continue
      taken.add(start)
      const cue: TextSpan = { start, end, text: m[0] }
      addResponse(text, attributions, byCue.get(start), cue, stance, { out, coordinated })
    }
  }
  deniedInOwnWords(text, attributions, out)
  out.sort((x, y) => x.cue.start - y.cue.start)
  inheritCoordinated(text, out, coordinated, attributions)
  markPartialAdmissions(out, text)
  return out
}

/** The response at a cue: from the attribution whose cue it is (index ai), else from the words before it. */
function addResponse(
  text: string,
  attributions: readonly Attribution[],
  ai: number | undefined,
  cue: TextSpan,
  stance: ResponseStance,
  into: { out: ResponseMention[]; coordinated: ResponseMention[] },
): void {
  const a = ai === undefined ? undefined : attributions[ai]
  if (a && ai !== undefined) into.out.push(quotedResponse(text, a, ai, cue, stance))
  else unquotedResponses(text, attributions, cue, stance, into)
}

/** A cue in the passive ("was denied"), negated ("never confirmed") or denying someone a thing answers nothing. */
function isResponseCue(text: string, start: number, end: number, stance: ResponseStance): boolean {
  const before = text.slice(Math.max(0, start - 120), start)
  if (PASSIVE_BEFORE.test(before)) return false
  if ((stance === 'denies' || stance === 'admits' || stance === 'confirms') && NEGATED_BEFORE.test(before))
    return false
  const after = text.slice(end, end + 80)
  return !(stance === 'denies' && (DENIED_A_THING.test(after) || DENIED_SOMEONE_SOMETHING.test(after)))
}

/** A response that is also an attribution takes the attribution's source and content. */
function quotedResponse(
  text: string,
  a: Attribution,
  ai: number,
  cue: TextSpan,
  stance: ResponseStance,
): ResponseMention {
  const { start, end } = cue
  let wordsStart = start
  const wordsEnd = Math.max(a.content.end, end)
  if (a.source && a.source.end <= start && start - a.source.end < 40) wordsStart = a.source.start
  const words = { start: wordsStart, end: wordsEnd, text: text.slice(wordsStart, wordsEnd) }
  return {
    stance,
    responder: a.source,
    resolvedResponder: a.resolvedSource,
    cue,
    words,
    attributionIndex: ai,
  }
}

/**
 * A response that is no quote finds its responder just before the cue (and a conjoined one before
 * that); one with no responder but a coordinating conjunction waits for the responder of the cue
 * before it (inheritCoordinated).
 */
function unquotedResponses(
  text: string,
  attributions: readonly Attribution[],
  cue: TextSpan,
  stance: ResponseStance,
  into: { out: ResponseMention[]; coordinated: ResponseMention[] },
): void {
  const { start, end } = cue
  let before = text.slice(Math.max(0, start - 120), start)
  let named: TextSpan | null = null
  const time = TIME_BEFORE.exec(before)
  if (time) before = `${before.slice(0, time.index)} `
  const relative = RELATIVE_BEFORE.exec(before)
  if (relative) before = `${before.slice(0, relative.index)} `
  const paren = PARENTHETICAL_BEFORE.exec(before)
  if (paren && !SUBJECT_BEFORE.test(before)) {
    named = appositiveName(start - before.length + paren.index, paren[0])
    before = `${before.slice(0, paren.index)} `
  }
  const found = withName(responderBefore(text, start, before), named)
  const wordsStart = found ? found.wordsStart : start
  const wordsEnd = clauseEnd(text, end)
  const words = { start: wordsStart, end: wordsEnd, text: text.slice(wordsStart, wordsEnd) }
  if (!found) {
    if (COORDINATED_BEFORE.test(before))
      into.coordinated.push({
        stance,
        responder: null,
        resolvedResponder: null,
        cue,
        words,
        attributionIndex: null,
      })
    return
  }
  const { responder, conjoined } = found
  const resolved = PRONOUN.test(responder.text) ? nearestSource(attributions, responder.start) : null
  if (conjoined)
    into.out.push({
      stance,
      responder: conjoined,
      resolvedResponder: null,
      cue,
      words,
      attributionIndex: null,
    })
  into.out.push({ stance, responder, resolvedResponder: resolved, cue, words, attributionIndex: null })
}

/** The name in a parenthetical at `at` ("…, Caron Lessard LLP, "), or null when it is no name. */
function appositiveName(at: number, paren: string): TextSpan | null {
  const m = APPOSITIVE_NAME.exec(paren)
  if (!m || m[1] === undefined || SENTENCE_WORDS.has(m[1].split(/\s/u)[0] ?? '')) return null
  const s = at + paren.indexOf(m[1])
  return { start: s, end: s + m[1].length, text: m[1] }
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
function responderBefore(
  text: string,
  start: number,
  before: string,
): { responder: TextSpan; wordsStart: number; conjoined: TextSpan | null } | null {
  const offset = start - text.slice(Math.max(0, start - 120), start).length
  const sm = SUBJECT_BEFORE.exec(before)
  if (!sm) return null
  const e = offset + (sm.index ?? 0) + (sm[1] ?? '').length
  let s = startInSentence(text, offset + (sm.index ?? 0), e)
  if (!PRONOUN.test(text.slice(s, e))) s = extendOverRole(text, extendLeft(text, s))
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
  const cm = CONJOINED_BEFORE.exec(text.slice(Math.max(0, s - 80), s))
  if (!cm || cm[1] === undefined) return null
  const cs = s - text.slice(Math.max(0, s - 80), s).length + cm.index + cm[0].indexOf(cm[1])
  return { start: cs, end: cs + cm[1].length, text: cm[1] }
}

/** "“That never happened,” she said": an attribution whose own words deny (or admit), with no such verb. */
function deniedInOwnWords(text: string, attributions: readonly Attribution[], out: ResponseMention[]): void {
  const cues = new Set(out.map((r) => r.cue.start))
  const inner = out.map((r) => r.cue.start).sort((x, y) => x - y)
  attributions.forEach((a, i) => {
    if (!a.cue || !a.source || cues.has(a.cue.start) || FINDING_CUE.test(a.cue.text)) return
    const stance = ownWordsStance(a.content.text)
    // "The Herald said it stood by its reporting": the cue inside the words is the response already.
    if (!stance || hasCueWithin(inner, a.content.start, a.content.end)) return
    const start = Math.min(a.content.start, a.source.start)
    const end = Math.max(a.content.end, a.cue.end)
    out.push({
      stance,
      responder: a.source,
      resolvedResponder: a.resolvedSource,
      cue: a.cue,
      words: { start, end, text: text.slice(start, end) },
      attributionIndex: i,
    })
  })
}

/** Whether a sorted list of cue offsets has one in [start, end). */
function hasCueWithin(sorted: readonly number[], start: number, end: number): boolean {
  const lo = countBefore(sorted, (item) => item < start)
  return lo < sorted.length && (sorted[lo] as number) < end
}

/**
 * A coordinated cue ("… but disputed the figure") takes the responder of the cue before it in its
 * sentence, or the source of the attribution before it ("The city said it would pay but declined to
 * say whether …").
 */
function inheritCoordinated(
  text: string,
  out: ResponseMention[],
  coordinated: ResponseMention[],
  attributions: readonly Attribution[],
): void {
  if (coordinated.length === 0) return
  const added: ResponseMention[] = []
  let k = 0
  for (const c of coordinated.sort((x, y) => x.cue.start - y.cue.start)) {
    while (k < out.length && (out[k] as ResponseMention).cue.start < c.cue.start) k++
    const prev = out[k - 1]
    const sameSentence = (end: number) => !/[.!?]\s/u.test(text.slice(end, c.cue.start))
    if (prev?.responder && sameSentence(prev.cue.end)) {
      added.push({ ...c, responder: prev.responder, resolvedResponder: prev.resolvedResponder })
      continue
    }
    const a = attributionBefore(attributions, c.cue.start)
    if (a?.source && a.cue && sameSentence(a.cue.end))
      added.push({ ...c, responder: a.source, resolvedResponder: a.resolvedSource })
  }
  out.push(...added)
  out.sort((x, y) => x.cue.start - y.cue.start)
}

/** The attribution whose cue is the last before `at` (binary search over attributions by content start). */
function attributionBefore(attributions: readonly Attribution[], at: number): Attribution | null {
  const lo = countBefore(attributions, (item) => item.content.start < at)
  for (let i = lo - 1; i >= 0 && lo - i <= 3; i--) {
    const a = attributions[i] as Attribution
    if (a.cue && a.cue.end <= at) return a
  }
  return null
}

function clauseEnd(text: string, from: number): number {
  const rest = text.slice(from, from + 400)
  const m = /[.;!?\n]|,\s+(?:but|and|while|although)\b/u.exec(rest)
  return from + (m ? m.index : rest.length)
}

function nearestSource(attributions: readonly Attribution[], at: number): TextSpan | null {
  // "<=": a pronoun that opens an attribution's content ("X said it had …") is resolved by X.
  const lo = countBefore(attributions, (item) => item.content.start <= at)
  for (let i = lo - 1; i >= 0 && lo - i <= 20; i--) {
    const a = attributions[i] as Attribution
    const s = a.resolvedSource ?? a.source
    if (s && !PRONOUN.test(s.text)) return s
  }
  return null
}
