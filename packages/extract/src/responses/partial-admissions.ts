import type { TextSpan } from '../quotes/find-quotes.ts'
import type { ResponseMention } from './find-responses.ts'

// "acknowledged X but said Y", "conceded X but insisted Y": the admission is only partial.
const CONTRAST_AFTER =
  /\bbut\s+(?:also\s+)?(?:said|says|insisted|insists|maintained|maintains|argued|argues|stressed|stresses|contended|contends)\b/u
// A sentence ends at a full stop before a capital ("Oct. 3 but said" does not end there).
const SENTENCE_END = /[.!?]["”’]?\s+["“]?\p{Lu}|[;\n]/u

/**
 * An admission next to a denial by the same responder in its sentence, or followed by "but said …",
 * admits only part of a claim. (A confirmation stays one: "confirmed the breach but said no card
 * numbers were taken" confirms the breach; the denial, if any, is a response of its own.)
 */
export function markPartialAdmissions(responses: ResponseMention[], text: string): void {
  const halves: ResponseMention[] = []
  responses.forEach((r, i) => {
    if (r.stance !== 'admits') return
    // Responses are in text order: only neighbours can share a sentence.
    const near = responses.slice(Math.max(0, i - 8), i + 9)
    const denied = near.some((o) => o.stance === 'denies' && sameResponder(o, r) && inOneSentence(text, r, o))
    const contrast = denied ? null : contrastFollows(text, r, near)
    if (!denied && !contrast) return
    r.stance = 'partially_admits'
    // "acknowledged X but said Y": Y is the part of the claim the party denies, a response of its
    // own (docs/design.md: "Dong admits the conversation, denies urging delay").
    if (contrast) halves.push({ ...r, stance: 'denies', cue: contrast, attributionIndex: null })
  })
  responses.push(...halves)
  responses.sort((x, y) => x.cue.start - y.cue.start)
}

const nameOf = (r: ResponseMention) =>
  ((r.resolvedResponder ?? r.responder)?.text ?? '').toLowerCase().replace(/\.$/u, '')
const sameResponder = (a: ResponseMention, b: ResponseMention) => nameOf(a) !== '' && nameOf(a) === nameOf(b)
const inOneSentence = (text: string, a: ResponseMention, b: ResponseMention) =>
  !SENTENCE_END.test(text.slice(Math.min(a.cue.end, b.cue.end), Math.max(a.cue.start, b.cue.start)))

/**
 * "but said …" after the cue in its sentence, with no refusal in between ("confirmed the complaint
 * but said she would not discuss it" confirms, then declines).
 */
function contrastFollows(
  text: string,
  r: ResponseMention,
  near: readonly ResponseMention[],
): TextSpan | null {
  const window = text.slice(r.cue.end, r.cue.end + 250)
  const stop = SENTENCE_END.exec(window)
  const sentence = stop ? window.slice(0, stop.index) : window
  const but = CONTRAST_AFTER.exec(sentence)
  if (!but) return null
  const end = r.cue.end + sentence.length
  const refused = near.some(
    (o) =>
      (o.stance === 'declines_to_comment' || o.stance === 'did_not_respond') &&
      o.cue.start > r.cue.end &&
      o.cue.start < end,
  )
  const start = r.cue.end + but.index
  return refused ? null : { start, end: start + but[0].length, text: but[0] }
}
