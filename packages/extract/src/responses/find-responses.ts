import type { Attribution, TextSpan } from '../quotes/find-quotes.ts'
import { PERSON_TITLES } from '../sources/source-type.ts'

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

// Cues that are not reporting verbs with content. Each alternative is a fixed phrase with bounded
// gaps, so the scan is linear.
const PHRASES: { re: RegExp; stance: ResponseStance }[] = [
  {
    // Declining to comment is any refusal to say something: "declined to give details", "would not
    // say whether", "refused to answer questions", "does not comment on".
    re: /\b(?:declined|declines|refused|refuses|would not|wouldn't|will not|won't|did not want|chose not) to (?:comment|be interviewed|respond|answer|discuss|confirm|elaborate|say|give|provide|reveal|disclose|specify|identify|name|share|explain|speculate|release|detail)\b|\b(?:declined|declines) comment\b|\bhad no (?:immediate |further )?comment\b|\b(?:would not|wouldn't|will not|won't) (?:comment|say|confirm|discuss|elaborate)\b|\b(?:does|do|did) not comment\b|\b(?:could not|cannot|can't|couldn't) (?:comment|discuss)\b|\b(?:would|will|did|could) neither confirm nor deny\b|\b(?:declined|refused|turned down) (?:repeated |several |multiple )?(?:interview requests|requests for (?:an )?(?:interview|comment))\b/giu,
    stance: 'declines_to_comment',
  },
  {
    re: /\b(?:did not|didn't|has not|hasn't|had not|have not|haven't) (?:immediately )?(?:respond|responded|return(?:ed)?|reply|replied)\b|\bcould not (?:immediately )?be reached\b|\bwas not available for comment\b/giu,
    stance: 'did_not_respond',
  },
  {
    re: /\b(?:denied|denies|rejected|rejects|dismissed|dismisses|disputed|disputes|refuted|refutes|contested|contests)\b/giu,
    stance: 'denies',
  },
  {
    // A denial without a denial verb: "called the story fabricated", "in no way accepted the figures",
    // "said the claim was false".
    re: /\b(?:called|calls|described|describes|labelled|labeled) (?:(?:the|this|that|these|those|such|his|her|their|its|them|it)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:as\s+)?["“]?(?:(?:completely|totally|utterly|entirely|simply|absolutely|pure|a complete|a total)\s+)?(?:false|untrue|baseless|unfounded|misleading|fabricated|inaccurate|wrong|nonsense|ridiculous|defamatory|absurd|lies|a lie|fiction|fake|a fabrication|fabrication|a smear|smear|groundless|erroneous|a fairy tale|a fantasy|frivolous|meritless|without merit)\b|\bin no way (?:accepted|accepts|agreed|agrees|endorsed|endorses|acknowledged|acknowledges|admitted|admits|supported|supports)\b|\b(?:said|says|insisted|insists|maintained|maintains) (?:that )?(?:the|this|that|these|those|such|his|her|their|its) (?:[\p{L}-]+\s+){0,2}?(?:claims?|allegations?|reports?|story|stories|accusations?|account|figures?|reporting) (?:was|were|is|are|had been|have been) (?:completely |totally |simply |entirely |absolutely )?(?:false|untrue|baseless|unfounded|misleading|fabricated|inaccurate|wrong|not true|groundless)\b/giu,
    stance: 'denies',
  },
  { re: /\b(?:admitted|admits|acknowledged|acknowledges|conceded|concedes)\b/giu, stance: 'admits' },
  { re: /\b(?:confirmed|confirms)\b/giu, stance: 'confirms' },
]

// What a speaker's own words say when they deny without a denial verb: "That never happened."
// The words may be quoted inside a paraphrase: said the report was “pure fiction”.
const DENIAL_WORDS =
  /\b(?:never happened|(?:is|was|are|were|'s|’s|had been|has been) ["“]?(?:completely |totally |simply |absolutely |entirely |just |pure |utterly )?(?:untrue|false|not true|baseless|a lie|lies|fabricated|nonsense|wrong|not accurate|inaccurate|groundless|unfounded|misleading|fiction|a fabrication|a smear|taken out of context|a fairy tale|without merit|without foundation|meritless|frivolous)|no truth|(?:stand|stands|stood) (?:firmly )?by (?:the|our|its|his|her|their|every)|out of context|(?:did|has done|have done|had done) nothing wrong|(?:had|has|have) ["“]?nothing(?: whatsoever| at all)?["”]? to do with)\b/iu
// Or by asserting that what was done was proper, the other half of a denial: "said it had won the
// contract fairly", "never meant to deceive", "awarded exactly as the rules allow", "acted lawfully".
const PROPRIETY_WORDS =
  /\b(?:(?:won|awarded|obtained|granted|conducted|handled|done|made)\b[^.;]{0,40}?\b(?:fairly|properly|lawfully|legally|by the book)|never (?:meant|intended) to|as the rules allow|in accordance with (?:the )?(?:rules|law|policy)|followed (?:all |the )?(?:rules|procedures|protocols?|law)|acted (?:properly|lawfully|legally|appropriately|in good faith)|no decision (?:had|has) been (?:taken|made)|(?:was|were|had been) ["“]?free(?:,)? (?:and )?fair)\b/iu

// What a speaker's own words say when they admit: "I take responsibility", "it was an honest error".
// (An apology is left out: "We apologise to every passenger" answers no claim.)
const ADMISSION_WORDS =
  /\b(?:(?:take|takes|took|accept|accepts|accepted) (?:full )?responsibility|(?:I|we) should (?:not |never )?have|(?:I|we) (?:made|make) (?:a |an )?(?:\w+ )?(?:mistake|error)|(?:was|were) ["“]?an? (?:honest |regrettable |clerical |administrative )*(?:mistake|error))\b/iu

// "denied the firm a licence", "denied him bail": denying someone a thing answers no claim. With a
// second object after the first ("denied two other firms a chance to bid"), whatever the thing is.
const DENIED_SOMEONE_SOMETHING =
  /^\s+(?:(?:the|his|her|their|its|them|him|us|me|two|three|four|several|some|both|these|those|other)\s+|\p{Lu}[\p{L}'’-]*\s+)(?:[\p{L}'’-]+\s+){0,2}?(?:a|an)\s+(?!(?:day|week|month|year|time|decade)\b)[\p{L}-]+/u
const DENIED_A_THING =
  /^\s+(?:(?:the|a|an|his|her|their|its|them|him|us|me|any)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:(?:a|an|any|the)\s+)?(?:licen[cs]es?|permits?|bail|access|entry|visas?|permission|requests?|applications?|benefits?|coverage|funding|parole|asylum|approval|loans?|refunds?|service|services|tenure|promotion)\b/u

// A conjunction never sits inside the responder ("the report existed but disputed …" has none).
const SUBJECT_BEFORE =
  /((?:\p{Lu}[\p{L}\p{M}'’.&-]*)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.&-]*|of|de|van|von|&))*(?:['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)?|\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Aa]n?|[Bb]oth|[Ss]ome|[Ss]everal|[Tt]wo|[Tt]hree|[Mm]any)\s+(?:(?!(?:but|and|or|yet|while|that|which|who|said|says|told)\s)[\p{L}'’-]+\s+){0,2}?(?!(?:but|and|or|yet|while|that|which|who|said|says|told)\s)[\p{L}'’-]+|\b(?:he|she|they|it)\b)\s+(?:(?:has|have|had|was|also|again|later|then|firmly|flatly|strongly|repeatedly|previously|publicly|immediately|not|did|would|could)\s+){0,3}["“]?$/u
// A parenthetical between the responder and the cue: "The department, in a written response, called …".
const PARENTHETICAL_BEFORE = /,\s+[^,.;:!?"“”\n]{1,60},\s+$/u
// "Both the ministry and the police declined": the first of two conjoined responders.
const CONJOINED_BEFORE =
  /(?:\b(?:[Bb]oth|[Nn]either|[Ee]ither)\s+)?((?:\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)|(?:\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.&-]*)*))\s+(?:and|as well as|nor|or)\s+$/u
// A second verb of the same subject: "acknowledged … but disputed".
const COORDINATED_BEFORE =
  /(?:,\s*|\s)(?:but|and|yet)\s+(?:also\s+|then\s+|later\s+|flatly\s+|strongly\s+)?$/u
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
  const paren = PARENTHETICAL_BEFORE.exec(before)
  if (paren && !SUBJECT_BEFORE.test(before)) before = `${before.slice(0, paren.index)} `
  const found = responderBefore(text, start, before)
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
  attributions.forEach((a, i) => {
    if (!a.cue || !a.source || cues.has(a.cue.start)) return
    const stance = ownWordsStance(a.content.text)
    if (!stance) return
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
  let lo = 0
  let hi = attributions.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((attributions[mid] as Attribution).content.start < at) lo = mid + 1
    else hi = mid
  }
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
  let lo = 0
  let hi = attributions.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    // "<=": a pronoun that opens an attribution's content ("X said it had …") is resolved by X.
    if ((attributions[mid] as Attribution).content.start <= at) lo = mid + 1
    else hi = mid
  }
  for (let i = lo - 1; i >= 0 && lo - i <= 20; i--) {
    const a = attributions[i] as Attribution
    const s = a.resolvedSource ?? a.source
    if (s && !PRONOUN.test(s.text)) return s
  }
  return null
}

/** An admission next to a denial by the same responder in one sentence admits only part of a claim. */
function markPartialAdmissions(responses: ResponseMention[], text: string): void {
  const nameOf = (r: ResponseMention) => (r.resolvedResponder ?? r.responder)?.text.toLowerCase() ?? ''
  responses.forEach((r, i) => {
    if (r.stance !== 'admits') return
    const sameSentence = (o: ResponseMention) =>
      !/[.!?]\s/.test(text.slice(Math.min(r.cue.end, o.cue.end), Math.max(r.cue.start, o.cue.start)))
    // Responses are in text order: only neighbours can share a sentence.
    const near = responses.slice(Math.max(0, i - 8), i + 9)
    if (near.some((o) => o.stance === 'denies' && nameOf(o) === nameOf(r) && sameSentence(o)))
      r.stance = 'partially_admits'
  })
}

/** What an attribution's own words do: deny ("That never happened"), or admit ("I take responsibility"). */
function ownWordsStance(words: string): ResponseStance | null {
  if (DENIAL_WORDS.test(words) || PROPRIETY_WORDS.test(words)) return 'denies'
  return ADMISSION_WORDS.test(words) ? 'admits' : null
}
