import type { Attribution, TextSpan } from '../quotes/find-quotes.ts'
import { kindsOf } from '../sources/text-kinds.ts'
import { countBefore } from '../text/sorted-search.ts'

// A party that an earlier sentence accuses, answering, denies: "Leblanc was accused of steering a
// land sale … “There is no cottage, there was no favour,” Leblanc told council." The lexicons of
// own-words.ts name the ways a denial is worded; this reads who is speaking instead, so it also
// takes the wordings no list has. Words in the negative answer an accusation made up to REACH
// characters before; other words only the sentence just before (an alternative account: "The
// first briefing I received was in June," Duquette said). Bounded: each candidate looks back at
// most REACH characters, so the pass stays linear in the text.

const REACH = 1500
// What makes a sentence a claim against someone named in it.
const ACCUSATION =
  /\b(?:accus\w*|alleg\w*|says|say|claims?|claimed|suggest\w*|blam\w*|charged|charges|complaints?|lawsuits?|sued|suing|investigat\w*|probe|inquiry|audit|review|reported|reports?|according to|found|finds|shows?|showed|revealed|obtained|records|documents|criticis\w*|criticiz\w*|blamed|failed|violat\w*|breach\w*|misconduct|wrongdoing|fraud\w*|misled|ignored|concerns?|warned|questions)\b/iu
// The negative a denial is made of; "not only" and "not yet" deny nothing.
const NEGATIVE =
  /\b(?:not(?! only\b| yet\b)|no(?! longer\b| doubt\b)|never|nothing|none|nobody|neither|nor)\b|n['’]t\b/iu
// A negative that declines rather than denies: "would not discuss individual players".
const DECLINING =
  /\b(?:would|will|could|can|did|does|do)(?: not|n['’]t) (?:comment|discuss|say|speculate|respond|answer|elaborate|confirm|release|identify|name)\b|\bcannot\b|\bnot (?:yet )?(?:decided|determined|sure|certain)\b/iu
// The words of an accusation proper, for a reply that is not in the negative (and for one who speaks
// for a body): "alleges", "accused", "claims", "a lawsuit says".
const STRONG_ACCUSATION =
  /\b(?:accus\w*|alleg\w*|claims?|claimed|lawsuits?|sued|suing|complaints?|blam\w*|charged with|misled|lied|falsified|fraud\w*|says|say|found|reported|suggested)\b/iu
// A party's words that take no side: "takes these concerns seriously", "is cooperating with police".
const NEUTRAL =
  /\b(?:takes? (?:\w+ ){0,3}seriously|co-?operat\w*|reviewing|looking into|working with|will respond|in due course|committed to|welcomes?|grateful|thank\w*|our thoughts|sympath\w*|investigating|assess\w*)\b/iu
// A speaker who speaks for a body: "company spokesperson Mireille Pageau", "owner Steve Kaminski".
const FOR_A_BODY =
  /\b(?:spokes(?:person|man|woman)|lawyer|counsel|owner|president|chief executive|ceo|chair|chairman|chairwoman|manager|director|founder|principal|superintendent|head|press secretary|chief of staff|communications)\b/iu
const COMMON_IN_NAME =
  /^(?:police|service|services|department|ministry|agency|board|council|commission|authority|hospital|university|college|school|union|party)$/iu
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')

// A body referred back to by its noun: "The authority", "the company", "The ministry".
const BODY_BY_NOUN =
  /^[Tt]he (authority|company|ministry|department|agency|firm|board|hospital|city|university|college|union|club|league|school|airline|bank|utility|service|commission|regulator|operator|developer|insurer|retailer|manufacturer|charity|foundation|campaign|party)$/u
// An apposition that says the party is the accused one: "one of the companies named in the report".
const NAMED_IN =
  /\b(?:named|cited|identified|mentioned|implicated|accused|singled out|targeted) (?:in|by)\s+(?:the|a|an|that|this)\s+(?:[\p{L}-]+\s+)?(?:report|lawsuit|suit|complaint|story|article|study|audit|investigation|review|filing|claim|allegations?)\b/iu
// A full stop after a title or an initial ends no sentence: "Police allege Coun. Eddie Rampersad …".
const SENTENCE_END =
  /(?<!\b(?:Coun|Dr|Mr|Mrs|Ms|St|Sgt|Cpl|Const|Det|Insp|Lt|Gen|Gov|Sen|Rep|Prof|Rev|Hon|Jr|Sr|No|Inc|Corp|Ltd|Co|Supt|Capt|Maj|Col|\p{Lu}))[.!?]["”’]?\s+/gu
// Words that are capitalised in a name but name no one in particular.
const NOT_A_NAME = new Set(
  'The A An Mr Mrs Ms Dr Mayor Minister Premier President Chief Councillor Senator Justice Judge Det Sgt Const Officer Director Chair Head Coach CEO Lawyer'.split(
    ' ',
  ),
)

/** The words of a source's name that another sentence would name it by ("Leblanc", "Brightline"). */
function nameWords(source: TextSpan): string[] {
  return source.text
    .replace(/['’]s\b/gu, '')
    .split(/[\s,]+/u)
    .filter((w) => /^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(w) && !NOT_A_NAME.has(w.replace(/\.$/u, '')))
}

/**
 * Whether a sentence before `at` accuses the party (names it, not as its speaker) — any sentence
 * within REACH, or only the one just before (`lastOnly`) — or, for one who speaks for a body,
 * whether the sentence just before accuses anyone.
 */
function accusedBefore(
  text: string,
  at: number,
  party: Party,
  lastOnly: boolean,
  accusation: RegExp,
): boolean {
  const from = Math.max(0, at - REACH)
  const window = text.slice(from, at)
  // "Trustee Bell said the board had ignored parents": Bell speaks there, no one accuses her.
  const speaks = (s: number, e: number) =>
    party.speakers.some(
      (sp) => sp.start >= from + s && sp.start < from + e && party.names.some((n) => sp.text.includes(n)),
    )
  const names = (sentence: string) => party.nameRes.some((re) => re.test(sentence))
  const sentences: [number, number][] = []
  let start = 0
  for (const m of window.matchAll(SENTENCE_END)) {
    sentences.push([start, m.index + m[0].length])
    start = m.index + m[0].length
  }
  // The last sentence ends at the window's end, with no space after its full stop.
  sentences.push([start, window.length])
  const last = sentences.at(-1)
  if (party.forABody && last && STRONG_ACCUSATION.test(window.slice(last[0], last[1]))) return true
  return (lastOnly ? sentences.slice(-1) : sentences).some(
    ([s, e]) => accusation.test(window.slice(s, e)) && names(window.slice(s, e)) && !speaks(s, e),
  )
}

interface Party {
  names: string[]
  /** The names as whole words, compiled once per candidate. */
  nameRes: RegExp[]
  forABody: boolean
  speakers: TextSpan[]
}

/** The sources of the attributions whose content starts in [from, to) (attributions in text order). */
function sourcesBetween(attributions: readonly Attribution[], from: number, to: number): TextSpan[] {
  const lo = countBefore(attributions, (x) => x.content.start < from)
  const out: TextSpan[] = []
  for (let k = lo; k < attributions.length; k++) {
    const x = attributions[k] as Attribution
    if (x.content.start >= to) break
    const src = x.resolvedSource ?? x.source
    if (src) out.push(src)
  }
  return out
}

/** Who speaks, as a party: the names it is found by, and whether it speaks for a body. */
interface Speaker {
  span: TextSpan
  /** "The authority": a body named by its noun (found case-insensitively). */
  noun: string | undefined
  names: string[]
  forABody: boolean
  /** The clause after the name: "…, a spokesperson for X,". */
  apposition: string
}

function speakerOf(text: string, a: Attribution & { source: TextSpan }): Speaker {
  const span = a.resolvedSource ?? a.source
  // "The authority said … the servers were not involved": a body named by its noun is found by it.
  const noun = BODY_BY_NOUN.exec(span.text)?.[1]?.toLowerCase()
  // "the company" is also the company the text names ("Ardent Mining … the company said").
  const companies = noun === 'company' || noun === 'firm' ? [...kindsOf(text).organisations] : []
  const names = noun ? [noun, ...companies] : nameWords(span)
  // The role stands before the name or in its apposition, within its clause ("…, a spokesperson for X,").
  const apposition = /^[^.;:!?"“”\n]{0,40}/u.exec(text.slice(a.source.end, a.source.end + 40))?.[0] ?? ''
  const forABody = FOR_A_BODY.test(text.slice(Math.max(0, a.source.start - 40), a.source.end) + apposition)
  return { span, noun, names, forABody, apposition }
}

/** Where the sentence before the attribution's own ends (its own sentence does not count). */
function ownSentenceStart(text: string, a: Attribution & { source: TextSpan }): number {
  const lead = Math.min(a.source.start, a.content.start)
  const before = text.slice(Math.max(0, lead - REACH), lead)
  const cut = before.lastIndexOf('. ')
  return cut === -1 ? lead - before.length : lead - before.length + cut + 1
}

/** "“There is no cottage,” Leblanc told council": an accused party's words answer the accusation. */
export function deniesAsAccusedParty(
  text: string,
  a: Attribution,
  attributions: readonly Attribution[],
): boolean {
  const words = a.content.text
  if (!a.source || !a.cue || DECLINING.test(words) || NEUTRAL.test(words) || words.includes('?')) return false
  const sourced = a as Attribution & { source: TextSpan }
  const who = speakerOf(text, sourced)
  if (who.names.length === 0 && !who.forABody) return false
  const negative = NEGATIVE.test(words)
  // A body named by its noun answers in the negative only: "The ministry said it accepted the
  // review's recommendations" answers the review by agreeing.
  if (who.noun && !negative) return false
  // "AdNexa, one of the companies named in the report, said it had “never requested …”": the
  // apposition itself says the party is accused.
  const aside = /^,[^.;:!?"“”\n]{0,100},/u.exec(text.slice(a.source.end, a.source.end + 102))?.[0] ?? ''
  if (negative && NAMED_IN.test(aside)) return true
  const at = ownSentenceStart(text, sourced)
  const speakers = sourcesBetween(attributions, at - REACH - 200, at)
  // One who speaks for a body answers in the negative only ("Those questions will be answered in
  // the review," a department spokesperson said, answers nothing).
  // A common noun in a name ("Halifax Regional Police") is found in lower case as well ("police fired").
  const nameRes = who.names.map(
    (n) => new RegExp(`\\b${escapeRegExp(n)}\\b`, who.noun || COMMON_IN_NAME.test(n) ? 'iu' : 'u'),
  )
  const party = { names: who.names, nameRes, forABody: who.forABody && negative, speakers }
  if (accusedBefore(text, at, party, !negative, negative ? ACCUSATION : STRONG_ACCUSATION)) return true
  // In other words, one who speaks for a body answers only for the body the sentence just before
  // accuses: "A lawsuit claims the condo board hid water damage. “Every report was posted,” board
  // president Ray Okafor said."
  const role = `${text.slice(Math.max(0, a.source.start - 40), a.source.start)} ${a.source.text} ${who.apposition}`
  return who.forABody && !negative && accusesBodyOf(text, at, role, who.span.text)
}

// The nouns a representative's role names its body by: "company spokesperson", "board president".
const BODY_NOUNS =
  /\b(?:company|firm|board|hospital|city|ministry|department|agency|police|school|union|club|team|league|party|campaign|government|office|university|college|council|commission|service|authority|clinic|airline|bank|church|store|restaurant|plant|mine|fund|charity)\b/giu

/** Whether the sentence just before `at` accuses (strongly) the body the role phrase speaks for. */
function accusesBodyOf(text: string, at: number, role: string, person: string): boolean {
  const start = Math.max(text.lastIndexOf('. ', at - 2) + 2, text.lastIndexOf('\n', at - 2) + 1, at - 400)
  const sentence = text.slice(start, at)
  if (!STRONG_ACCUSATION.test(sentence)) return false
  const own = new Set(nameWords({ start: 0, end: person.length, text: person }).slice(-2))
  const bodies = [
    ...(role.match(BODY_NOUNS) ?? []).map((w) => w.toLowerCase()),
    ...nameWords({ start: 0, end: role.length, text: role }).filter((w) => !own.has(w)),
    // "Kyle Bourassa, the premier's press secretary": whom the role is of.
    ...[...role.matchAll(/\b(\p{Ll}+)['’]s\s/gu)].map((m) => m[1] as string),
  ]
  const lower = sentence.toLowerCase()
  return bodies.some((b) =>
    new RegExp(`\\b${b.toLowerCase().replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\b`, 'u').test(lower),
  )
}
