import type { TextSpan } from '../quotes/find-quotes.ts'
import type { ResponseMention } from './find-responses.ts'
import { clauseEnd } from './party-after.ts'

// A reply told in the passive, with the party after "by": "The finding was disputed by Kestrel
// Power", "Those figures were rejected by the ministry". The subject must be a claim (a finding, an
// account, the allegations): "The permit was denied by the city" answers nothing. One linear pass:
// each match is a fixed phrase with a bounded name.

// Case matters for the party's capitals, so the subject's first letter is matched either way.
const CLAIM_WORDS =
  'finding findings claim claims allegation allegations accusation accusations account accounts report story figure figures conclusion conclusions characterization characterisation assertion assertions version suggestion estimate estimates analysis study charge charges numbers'
const CLAIM_SUBJECT = `(?:${CLAIM_WORDS.split(' ')
  .map((w) => `[${w[0]}${w[0]?.toUpperCase()}]${w.slice(1)}`)
  .join('|')})`
const NAME_WORD = String.raw`\p{Lu}(?:[\p{L}\p{M}.&-]|['’](?=\p{Lu}))*`
// The party: a capitalised name, or a determiner and up to four words before a comma or the end.
const PARTY = String.raw`((?:${NAME_WORD}\s+(?:of\s+|for\s+)?){0,4}${NAME_WORD}|(?:the|his|her|their|its)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+(?=[,.;]|\s+(?:on|in|at|which|who|and)\b))`
const PASSIVE_DENIAL = new RegExp(
  String.raw`\b${CLAIM_SUBJECT}\s+(?:(?:was|were|has been|have been|had been|is|are)\s+)(?:(?:also|quickly|swiftly|flatly|strongly|firmly|immediately|later)\s+)?(disputed|denied|rejected|contested|challenged|refuted|dismissed)\s+by\s+${PARTY}`,
  'dgu',
)

/** Denials told in the passive, answered by the party named after "by". */
export function passiveDenials(text: string): ResponseMention[] {
  const out: ResponseMention[] = []
  for (const m of text.matchAll(PASSIVE_DENIAL)) {
    const name = m[2]
    if (!name || !m[1]) continue
    const start = m.index + m[0].length - name.length
    const responder: TextSpan = { start, end: start + name.length, text: name }
    const cueStart = m.indices?.[1]?.[0] ?? m.index
    const cueText = text.slice(cueStart, start).trimEnd()
    const cue: TextSpan = { start: cueStart, end: cueStart + cueText.length, text: cueText }
    const end = clauseEnd(text, start)
    out.push({
      stance: 'denies',
      responder,
      resolvedResponder: null,
      cue,
      words: { start: m.index, end, text: text.slice(m.index, end) },
      attributionIndex: null,
    })
  }
  return out
}
