import type { Attribution, TextSpan } from '../quotes/find-quotes.ts'

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
    re: /\b(?:declined|refused|would not|wouldn't|did not want|chose not) to (?:comment|be interviewed|respond|answer questions|discuss|confirm|elaborate)\b|\bdeclined comment\b|\bhad no comment\b|\bwould not comment\b/giu,
    stance: 'declines_to_comment',
  },
  {
    re: /\b(?:did not|didn't|has not|hasn't|had not|have not|haven't) (?:immediately )?(?:respond|responded|return(?:ed)?)\b|\bcould not (?:immediately )?be reached\b|\bwas not available for comment\b/giu,
    stance: 'did_not_respond',
  },
  {
    re: /\b(?:denied|denies|rejected|rejects|dismissed|dismisses|disputed|disputes|refuted|refutes)\b/giu,
    stance: 'denies',
  },
  {
    re: /\bcalled (?:the |these |those |such )?(?:allegations?|claims?|reports?|accusations?|story|reporting)? ?(?:false|untrue|baseless|unfounded|ridiculous|nonsense|fabricated|defamatory)\b/giu,
    stance: 'denies',
  },
  { re: /\b(?:admitted|admits|acknowledged|acknowledges|conceded|concedes)\b/giu, stance: 'admits' },
  { re: /\b(?:confirmed|confirms)\b/giu, stance: 'confirms' },
]

const SUBJECT_BEFORE =
  /((?:\p{Lu}[\p{L}\p{M}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|of|de|van|von))*|\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Aa]n?)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+|\b(?:he|she|they|it)\b)\s+(?:(?:has|have|had|was|also|again|later|then|firmly|flatly|strongly|repeatedly|previously|publicly|immediately|not|did|would|could)\s+){0,3}$/u
const PASSIVE_BEFORE = /\b(?:been|be|being|was|were|is|are)\s+$/u
const NEGATED_BEFORE = /\b(?:not|never|n't)\s+$/u
const PRONOUN = /^(?:he|she|they|it)$/i

/**
 * Responses in a text. A response that is also an attribution (a quote with a denial verb) takes the
 * attribution's source and content; the others find their responder just before the cue.
 */
export function findResponses(text: string, attributions: readonly Attribution[]): ResponseMention[] {
  const out: ResponseMention[] = []
  const byCue = new Map<number, number>()
  attributions.forEach((a, i) => {
    if (a.cue) byCue.set(a.cue.start, i)
  })
  const taken = new Set<number>()
  for (const { re, stance } of PHRASES) {
    for (const m of text.matchAll(re)) {
      const start = m.index
      if (taken.has(start)) continue
      const end = start + m[0].length
      const before = text.slice(Math.max(0, start - 120), start)
      if (PASSIVE_BEFORE.test(before)) continue
      if (
        (stance === 'denies' || stance === 'admits' || stance === 'confirms') &&
        NEGATED_BEFORE.test(before)
      )
        continue
      taken.add(start)
      const cue: TextSpan = { start, end, text: m[0] }
      const ai = byCue.get(start)
      const a = ai === undefined ? undefined : attributions[ai]
      let responder: TextSpan | null = null
      let resolved: TextSpan | null = null
      let wordsStart = start
      let wordsEnd = clauseEnd(text, end)
      if (a) {
        responder = a.source
        resolved = a.resolvedSource
        wordsEnd = Math.max(a.content.end, end)
        if (a.source && a.source.end <= start && start - a.source.end < 40) wordsStart = a.source.start
      } else {
        const sm = SUBJECT_BEFORE.exec(before)
        if (sm) {
          const s = start - before.length + (sm.index ?? 0)
          responder = { start: s, end: s + (sm[1] ?? '').length, text: sm[1] ?? '' }
          wordsStart = s
          // "allegations Ke denied": the object of the denial stands before its subject.
          const obj = /\b(?:allegations?|claims?|accusations?|reports?|charges?)\s+$/iu.exec(
            text.slice(Math.max(0, s - 30), s),
          )
          if (obj) wordsStart = s - (text.slice(Math.max(0, s - 30), s).length - obj.index)
        }
        if (responder && PRONOUN.test(responder.text)) {
          resolved = nearestSource(attributions, responder.start)
        }
      }
      if (!responder && !a) continue
      out.push({
        stance,
        responder,
        resolvedResponder: resolved,
        cue,
        words: { start: wordsStart, end: wordsEnd, text: text.slice(wordsStart, wordsEnd) },
        attributionIndex: ai ?? null,
      })
    }
  }
  out.sort((x, y) => x.cue.start - y.cue.start)
  markPartialAdmissions(out, text)
  return out
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
    if ((attributions[mid] as Attribution).content.start < at) lo = mid + 1
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
