import type { Attribution, TextSpan } from '../quotes/find-quotes.ts'
import { classifySource } from '../sources/source-type.ts'
import { countBefore } from '../text/sorted-search.ts'
import { attributionStance } from './attributed-stance.ts'
import { markPartialAdmissions } from './partial-admissions.ts'
import { silencesNamedAfter } from './party-after.ts'
import { passiveDenials } from './passive-replies.ts'
import { nameInApposition, PRONOUN, reportedFor, responderAt, sentenceSubject } from './responders.ts'
import {
  CLAIM_OBJECT,
  DENIED_A_THING,
  DENIED_SOMEONE_SOMETHING,
  MESSAGE_NOUNS,
  PHRASES,
  REJECTS_OR_DISMISSES,
  UNANSWERED,
} from './response-cues.ts'

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

const UNANSWERED_CUE = new RegExp(`^${UNANSWERED}$`, 'u')
const MESSAGE_TO = new RegExp(
  String.raw`\b${MESSAGE_NOUNS}\s(?:left\s|sent\s)?(?:with|for|to|at|from)\s+((?:\p{Lu}[\p{L}\p{M}.’'-]*\s+){0,4}\p{Lu}[\p{L}\p{M}’'-]*|(?:the|his|her|their|its)\s+(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+(?=\s+(?:over|on|at|in|for|by|went|were|was|have|has)\b|,))`,
  'u',
)

/** The party an unanswered message was for, named after "left for", "sent to", "from". */
function messageRecipient(text: string, start: number): TextSpan | null {
  const window = text.slice(Math.max(0, start - 160), start)
  const m = MESSAGE_TO.exec(window)
  if (!m?.[1]) return null
  const s = start - window.length + m.index + m[0].length - m[1].length
  return { start: s, end: s + m[1].length, text: m[1] }
}

/** Where responses go as they are found, and how a pronoun finds its name. */
interface Into {
  out: ResponseMention[]
  coordinated: ResponseMention[]
  nearestName: NearestName
}

// A second verb of the same subject: "acknowledged … but disputed".
const COORDINATED_BEFORE =
  /(?:,\s*|\s)(?:but|and|yet)\s+(?:also\s+|then\s+|later\s+|flatly\s+|strongly\s+)?$/u
// What a record or an outlet found is a claim, not a party's reply: "the audit found the figures were
// wrong", "the Herald reported that he had never paid".
const FINDING_CUE =
  /^(?:reported|reports|report|found|finds|find|show|shows|showed|shown|revealed|reveals|alleged|alleges|allege|according)\b/iu
const PASSIVE_BEFORE = /\b(?:been|be|being|was|were|is|are)\s+$/u
const BASE_FORM = /^(?:deny|reject|dispute|refute)$/iu
const FIRST_PERSON_BEFORE = /(?:^|[\s"“])(?:I|[Ww]e|[Yy]ou)\s+(?:[\p{L}’'-]+\s+){0,2}$/u
const NEITHER_NOR_BEFORE = /\b[Nn]either\b[^.;!?]{1,80}\bnor\b[^.;!?]{1,60}$/u
const NEGATED_BEFORE = /\b(?:not|never|n['’]t)\s+$/u

/**
 * Responses in a text. A response that is also an attribution (a quote with a denial verb) takes the
 * attribution's source and content; the others find their responder just before the cue. Every
 * pattern has bounded gaps and looks back at most 200 characters: linear in the text.
 */
/** The nearest name before `at` that a pronoun can stand for (resolve-sources.ts), when no source is. */
export type NearestName = (at: number, pronoun: string) => TextSpan | null

export function findResponses(
  text: string,
  attributions: readonly Attribution[],
  nearestName: NearestName = () => null,
): ResponseMention[] {
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
      addResponse(text, attributions, byCue.get(start), cue, stance, { out, coordinated, nearestName })
    }
  }
  out.push(...silencesNamedAfter(text), ...passiveDenials(text))
  deniedInOwnWords(text, attributions, out)
  out.sort((x, y) => x.cue.start - y.cue.start)
  inheritCoordinated(text, out, coordinated, attributions)
  markPartialAdmissions(out, text)
  return mergeRepeats(text, out)
}

// "the spokesperson, Hélène Marchand," "the company": a definite description that refers back.
const DEFINITE_BEFORE = /\bthe\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+,\s*$/u
const DEFINITE_RESPONDER = /^the\s+spokes(?:person|man|woman)$/iu

/**
 * The response just before r, when r's responder refers back to its party by a definite description
 * with the same stance: "A spokesperson for Northshore Rail disputed … “…,” the spokesperson, Hélène
 * Marchand, wrote in an email."
 */
function backReferenced(
  text: string,
  r: ResponseMention,
  prev: ResponseMention | undefined,
): ResponseMention | undefined {
  // Conjoined parties share one cue ("Both the office and the ministry declined"): two responses.
  if (!prev || prev.stance !== r.stance || !r.responder || r.cue.start <= prev.cue.end) return undefined
  const before = text.slice(Math.max(0, r.responder.start - 40), r.responder.start)
  return DEFINITE_BEFORE.test(before) || DEFINITE_RESPONDER.test(r.responder.text) ? prev : undefined
}

// How far apart, across paragraphs, one party's same stance is still one reply.
const REPEAT_REACH = 1200

/**
 * A later paragraph's quote of the same party in the same stance restates its reply ("Raman denied
 * … ⏎⏎ “I have never met with Halcyon,” Raman told reporters"); a later response verb ("denied
 * allegations that he pushed …") answers a claim of its own.
 */
const sameReplyLater = (r: ResponseMention, prev: ResponseMention) =>
  r.attributionIndex !== null && SAYING.test(r.cue.text) && r.cue.start - prev.words.end < REPEAT_REACH
const SAYING = /^(?:said|says|told|tells|wrote|writes|added|adds|stated|states)$/iu

/**
 * One party saying the same thing twice in a paragraph is one response: "Fitzgerald said patient
 * safety “has never been compromised.” “We reject the suggestion …,” he said."
 */
function mergeRepeats(text: string, sorted: ResponseMention[]): ResponseMention[] {
  const out: ResponseMention[] = []
  const last = new Map<string, ResponseMention>()
  for (const r of sorted) {
    // By the last word of the name: "Head coach Darren Voss apologized … “…,” Voss wrote."
    const who = (r.resolvedResponder ?? r.responder)?.text.toLowerCase().split(/\s+/u).at(-1)
    const key = `${who}|${r.stance}`
    const prev = (who === undefined ? undefined : last.get(key)) ?? backReferenced(text, r, out.at(-1))
    if (
      prev &&
      r.words.start >= prev.words.start &&
      (!text.slice(prev.words.end, r.cue.start).includes('\n') || sameReplyLater(r, prev))
    ) {
      // The first keeps its own words: the desk reads the reply where it is first made.
      continue
    }
    out.push(r)
    if (who !== undefined) last.set(key, r)
  }
  return out
}

/** The response at a cue: from the attribution whose cue it is (index ai), else from the words before it. */
function addResponse(
  text: string,
  attributions: readonly Attribution[],
  ai: number | undefined,
  cue: TextSpan,
  stance: ResponseStance,
  into: Into,
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
  // "“We reject the suggestion …,” he said": a first person's base form is the quote's own words,
  // answered by the quote's speaker (own-words.ts).
  if (BASE_FORM.test(text.slice(start, end)) && FIRST_PERSON_BEFORE.test(before)) return false
  // "Neither Visser nor the company admitted wrongdoing": the subject is negated.
  if ((stance === 'admits' || stance === 'confirms') && NEITHER_NOR_BEFORE.test(before)) return false
  const after = text.slice(end, end + 80)
  if (stance !== 'denies') return true
  if (REJECTS_OR_DISMISSES.test(text.slice(start, end))) return CLAIM_OBJECT.test(after)
  return !(DENIED_A_THING.test(after) || DENIED_SOMEONE_SOMETHING.test(after))
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
    resolvedResponder: a.resolvedSource ?? nameInApposition(text, a.source),
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
  into: Into,
): void {
  const { start, end } = cue
  const { found: near, before } = responderAt(text, start)
  // "Messages left for Gallant over several days were not returned": the one they were left for.
  const recipient = UNANSWERED_CUE.test(cue.text) ? messageRecipient(text, start) : null
  const found = recipient ? { responder: recipient, wordsStart: recipient.start, conjoined: null } : near
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
  // "the correction confirmed what it had argued": a document confirms nothing as a party would.
  if (classifySource(responder.text).type === 'document') return
  // "an allegation he dismissed" with no speaker before it: the nearest name he can stand for.
  const resolved = PRONOUN.test(responder.text)
    ? (nearestSource(attributions, responder.start) ??
      into.nearestName(responder.start, responder.text.toLowerCase()))
    : reportedFor(text, attributions, responder)
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

/** "“That never happened,” she said": an attribution whose own words deny (or admit), with no such verb. */
function deniedInOwnWords(text: string, attributions: readonly Attribution[], out: ResponseMention[]): void {
  const inner = out.map((r) => r.cue.start).sort((x, y) => x - y)
  const spans = out.map((r) => r.cue).sort((x, y) => x.start - y.start)
  attributions.forEach((a, i) => {
    // "would only say that …": the attribution's cue inside a response's cue is that response.
    if (!a.cue || !a.source || insideCue(spans, a.cue.start) || FINDING_CUE.test(a.cue.text)) return
    const stance = attributionStance(text, a, attributions)
    // "The Herald said it stood by its reporting": the cue inside the words is the response already.
    if (!stance || hasCueWithin(inner, a.content.start, a.content.end)) return
    const start = Math.min(a.content.start, a.source.start)
    const end = Math.max(a.content.end, a.cue.end)
    out.push({
      stance,
      responder: a.source,
      resolvedResponder: a.resolvedSource ?? nameInApposition(text, a.source),
      cue: a.cue,
      words: { start, end, text: text.slice(start, end) },
      attributionIndex: i,
    })
  })
}

/** Whether `at` falls inside one of the cues (sorted by start). */
function insideCue(sorted: readonly TextSpan[], at: number): boolean {
  const lo = countBefore(sorted, (c) => c.start <= at)
  const c = sorted[lo - 1]
  return c !== undefined && at < Math.max(c.end, c.start + 1)
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
    if (a?.source && a.cue && sameSentence(a.cue.end)) {
      added.push({ ...c, responder: a.source, resolvedResponder: a.resolvedSource })
      continue
    }
    const subject = sentenceSubject(text, c.cue.start)
    if (subject) added.push({ ...c, responder: subject, resolvedResponder: null })
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
