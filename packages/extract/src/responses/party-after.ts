import type { TextSpan } from '../quotes/find-quotes.ts'
import { classifySource } from '../sources/source-type.ts'
import type { ResponseMention } from './find-responses.ts'

// Silences told from the newsroom's side, where the party comes after the cue: "No one at Harbour
// Freight could be reached", "Attempts to reach Smith's lawyer were unsuccessful", "Reuters could not
// immediately reach Acme Corp. for comment", "The Star was unable to reach the company". Each
// pattern is a fixed phrase with a bounded name, so the scan is linear.

// The party: a capitalised name (with initials and "'s"), or a determiner and up to four words.
// A word of a name: an apostrophe only inside it ("O'Neil"), so "Smith's lawyer" keeps its "'s".
const NAME_WORD = String.raw`\p{Lu}(?:[\p{L}\p{M}.&-]|['’](?=\p{Lu}))*`
const PARTY = String.raw`((?:${NAME_WORD}(?:\s+(?:of|for|and|de|the))?\s+){0,4}?${NAME_WORD}(?:['’]s\s+[\p{Ll}-]+)?|(?:the|his|her|their|its)\s+(?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+)`
// "representatives for Zenith Shipping": whom the newsroom tried, before the party they speak for.
const FOR_PARTY = String.raw`(?:(?:representatives?|officials?|anyone|someone|a spokes(?:person|man|woman)|(?:a |the )?lawyers?|(?:a |the )?counsel) (?:for|at|from|with) )?`
// "Dufresne or his lawyer": the party and the one who speaks for it.
const OR_AGENT = String.raw`(?:\s+(?:or|and)\s+(?:his|her|their|its)\s+[\p{Ll}-]+)?`
const SILENCES = [
  new RegExp(String.raw`\b(?:[Nn]o one|[Nn]obody) answered (?:the )?(?:phone|door|calls?) at ${PARTY}`, 'gu'),
  new RegExp(
    String.raw`\b(?:[Nn]o one|[Nn]obody|[Nn]o-one|[Nn]o representative|[Nn]o spokesperson) (?:at|from|with|for) ${PARTY}(?=\s+(?:could be reached|could not be reached|was available|responded|answered|returned|replied|commented))`,
    'gu',
  ),
  new RegExp(
    String.raw`\b(?:[Aa]ttempts?|[Ee]fforts?|[Rr]epeated attempts) to (?:reach|contact) ${FOR_PARTY}${PARTY}${OR_AGENT}(?=\s+(?:for comment\s+)?(?:were|was|have been|had been) (?:unsuccessful|not successful|in vain)|\s+(?:for comment\s+)?(?:failed|went unanswered))`,
    'gu',
  ),
  // Only a newsroom's failure to reach someone is a silence (byNewsroom): "Police could not reach
  // the family" is not.
  new RegExp(
    String.raw`\b(?:could not|couldn['’]t|was unable to|were unable to|has been unable to|have been unable to|was not able to|were not able to) (?:immediately )?(?:reach|contact) ${FOR_PARTY}${PARTY}(?=\s+(?:for comment|on|by|before|at|in)\b|[.,;])`,
    'gu',
  ),
  // "The Star has not received a response from the ministry", "still waiting for a reply from X".
  new RegExp(
    String.raw`\b(?:(?:has|have|had|did)(?: not|n['’]t) (?:yet )?(?:received|gotten|got|had|heard back)|(?:is|are|am|was|were) still waiting for) (?:a |an |any )?(?:response|reply|answer|word|comment)s? from ${FOR_PARTY}${PARTY}(?=\s+(?:by|as of|on|at|before|to|about|regarding)\b|[.,;])`,
    'gu',
  ),
  // "CBC News reached out to the ministry but did not receive a response by deadline".
  new RegExp(
    String.raw`\b(?:reached out to|contacted|emailed|called|wrote to|sent questions to) ${FOR_PARTY}${PARTY}(?=[^.;!?\n]{0,80}?\b(?:but|and) (?:did not|didn['’]t|has not|hasn['’]t|had not|have not) (?:yet )?(?:receive|get|hear back)\b)`,
    'gu',
  ),
]

// "I also asked the premier's office whether … A week later, I am still waiting for an answer":
// the party asked is the one that has not answered. The question and the wait are at most 300
// characters apart.
const ASKED_THEN_WAITING = new RegExp(
  String.raw`\basked ${PARTY}\s+(?:whether|if|about|why|how|what|when|for)\b[\s\S]{0,300}?\b(?:still waiting for|(?:has|have|had)(?: not|n['’]t) (?:yet )?(?:received|gotten|had)) (?:a |an |any )?(?:response|reply|answer)\b(?! from)`,
  'gu',
)

/** "asked X whether … still waiting for an answer": X did not respond. */
function askedThenWaiting(text: string): ResponseMention[] {
  const out: ResponseMention[] = []
  for (const m of text.matchAll(ASKED_THEN_WAITING)) {
    const name = m[1]
    if (!name || !byNewsroom(text, m.index)) continue
    const start = m.index + m[0].indexOf(name, 5)
    const wait =
      /(?:still waiting for|(?:has|have|had)(?: not|n['’]t) (?:yet )?(?:received|gotten|had))[\s\S]*$/u.exec(
        m[0],
      )
    const cueStart = m.index + (wait?.index ?? 0)
    const cueEnd = m.index + m[0].length
    out.push({
      stance: 'did_not_respond',
      responder: { start, end: start + name.length, text: name },
      resolvedResponder: null,
      cue: { start: cueStart, end: cueEnd, text: text.slice(cueStart, cueEnd) },
      words: { start: cueStart, end: cueEnd, text: text.slice(cueStart, cueEnd) },
      attributionIndex: null,
    })
  }
  return out
}

/** Responses of parties that did not answer, named after the words that say so. */
export function silencesNamedAfter(text: string): ResponseMention[] {
  const out: ResponseMention[] = []
  for (const re of SILENCES) {
    for (const m of text.matchAll(re)) {
      const name = (m[1] ?? '').replace(/\.$/u, '')
      if (!name || !byNewsroom(text, m.index)) continue
      // The party may be followed by its agent ("Dufresne or his lawyer"): found from the end.
      const start = m.index + m[0].lastIndexOf(m[1] ?? '')
      const responder: TextSpan = { start, end: start + name.length, text: name }
      const cue: TextSpan = { start: m.index, end: start, text: text.slice(m.index, start).trimEnd() }
      const wordsEnd = clauseEnd(text, start)
      out.push({
        stance: 'did_not_respond',
        responder,
        resolvedResponder: null,
        cue,
        words: { start: m.index, end: wordsEnd, text: text.slice(m.index, wordsEnd) },
        attributionIndex: null,
      })
    }
  }
  out.push(...askedThenWaiting(text))
  return out
}

/** Whether the words before a silence at `at` name a newsroom (or none: "No one at X", "Attempts to reach X"). */
function byNewsroom(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at)
  // "Police said they had not received a response from the lab": a third person is no newsroom.
  if (/\b(?:they|he|she|it)\s+$/u.test(before)) return false
  const subject =
    /(?:^|[.;!?]\s+|\s)((?:[Tt]he\s+)?\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3})\s+$/u.exec(before)
  if (!subject?.[1]) return true
  return classifySource(subject[1]).type === 'outlet' || /^(?:We|I|Reporters?)$/u.test(subject[1])
}

/** Where the clause from `from` ends: the next full stop, semicolon or line break (300 characters at most). */
export function clauseEnd(text: string, from: number): number {
  const rest = text.slice(from, from + 300)
  const m = /[.;!?\n]/u.exec(rest)
  return from + (m ? m.index : rest.length)
}
