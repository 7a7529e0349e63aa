import type { Attribution, TextSpan } from '../quotes/find-quotes.ts'
import { countBefore } from '../text/sorted-search.ts'

// A party that an earlier sentence accuses, speaking in the negative, denies: "Leblanc was accused
// of steering a land sale … “There is no cottage, there was no favour,” Leblanc told council." The
// lexicons of own-words.ts name the ways a denial is worded; this reads who is speaking instead, so
// it also takes the wordings no list has. Bounded: each candidate looks back at most REACH
// characters, so the pass stays linear in the text.

const REACH = 1500
// What makes a sentence a claim against someone named in it.
const ACCUSATION =
  /\b(?:accus\w*|alleg\w*|charged|charges|complaints?|lawsuits?|sued|suing|investigat\w*|probe|inquiry|audit|review|reported|reports?|according to|found|finds|shows?|showed|revealed|obtained|records|documents|criticis\w*|criticiz\w*|blamed|failed|violat\w*|breach\w*|misconduct|wrongdoing|fraud\w*|misled|ignored|concerns?|warned|questions)\b/iu
// The negative a denial is made of; "not only" and "not yet" deny nothing.
const NEGATIVE =
  /\b(?:not(?! only\b| yet\b)|no(?! longer\b| doubt\b)|never|nothing|none|nobody|neither|nor)\b|n['’]t\b/iu
// A negative that declines rather than denies: "would not discuss individual players".
const DECLINING =
  /\b(?:would|will|could|can|did|does|do)(?: not|n['’]t) (?:comment|discuss|say|speculate|respond|answer|elaborate|confirm|release|identify|name)\b|\bcannot\b/iu
const SENTENCE_END = /[.!?]["”’]?\s+/gu
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

/** Whether a sentence within REACH before `at` names the party and accuses it, not as its speaker. */
function accusedBefore(text: string, at: number, names: string[], speakers: TextSpan[]): boolean {
  const from = Math.max(0, at - REACH)
  const window = text.slice(from, at)
  // "Trustee Bell said the board had ignored parents": Bell speaks there, no one accuses her.
  const speaks = (s: number, e: number) =>
    speakers.some(
      (sp) => sp.start >= from + s && sp.start < from + e && names.some((n) => sp.text.includes(n)),
    )
  const accuses = (s: number, e: number) => {
    const sentence = window.slice(s, e)
    return (
      ACCUSATION.test(sentence) &&
      names.some((n) => new RegExp(`\\b${n}\\b`, 'u').test(sentence)) &&
      !speaks(s, e)
    )
  }
  let start = 0
  for (const m of window.matchAll(SENTENCE_END)) {
    if (accuses(start, m.index + m[0].length)) return true
    start = m.index + m[0].length
  }
  // The last sentence ends at the window's end, with no space after its full stop.
  return accuses(start, window.length)
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

/** "“There is no cottage,” Leblanc told council": an accused party's words in the negative. */
export function deniesAsAccusedParty(
  text: string,
  a: Attribution,
  attributions: readonly Attribution[],
): boolean {
  const words = a.content.text
  if (!a.source || !a.cue || !NEGATIVE.test(words) || DECLINING.test(words) || words.includes('?'))
    return false
  const names = nameWords(a.resolvedSource ?? a.source)
  if (names.length === 0) return false
  const lead = Math.min(a.source.start, a.content.start)
  // The sentence the attribution is in does not count: it is the party's own.
  const before = text.slice(Math.max(0, lead - REACH), lead)
  const cut = before.lastIndexOf('. ')
  const at = cut === -1 ? lead - before.length : lead - before.length + cut + 1
  return accusedBefore(text, at, names, sourcesBetween(attributions, at - REACH - 200, at))
}
