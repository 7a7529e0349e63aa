// `pnpm eval:phrasebook`: runs findResponses(text, findQuotes(text)) on every phrasebook entry and
// prints recall and precision per stance. A prediction matches a gold response when the stances are
// equal and the gold responder (any of its "|" alternatives, case-insensitive, wherever it occurs in
// the text) overlaps the predicted responder span or the resolved responder. A conjoined reply
// ("Wu and Blaine said") may thus match two gold responses with one prediction: recall counts gold
// responses found, precision counts predictions that match some gold response.
// usage: node --import tsx run-phrasebook.ts [--misses]   (misses are numbered from 0, in phrasebook order)
import { findQuotes, findResponses } from '../src/index.ts'
import { type PhraseEntry, RESPONSE_PHRASEBOOK } from './response-phrasebook.ts'

type Prediction = ReturnType<typeof findResponses>[number]
interface Span {
  start: number
  end: number
}
const showMisses = process.argv.includes('--misses')

function occurrences(text: string, words: string): Span[] {
  const out: Span[] = []
  const hay = text.toLowerCase()
  const needle = words.toLowerCase()
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1))
    out.push({ start: at, end: at + needle.length })
  return out
}

const overlaps = (a: Span, b: Span) => Math.min(a.end, b.end) > Math.max(a.start, b.start)

/** The resolved responder is read as a span or as a name, whichever the extractor gives. */
function resolvedMatches(text: string, resolved: unknown, alternatives: string[]): boolean {
  if (!resolved) return false
  if (typeof resolved === 'string') {
    const name = resolved.toLowerCase()
    return alternatives.some((a) => name.includes(a.toLowerCase()) || a.toLowerCase().includes(name))
  }
  const span = resolved as Partial<Span>
  if (typeof span.start !== 'number' || typeof span.end !== 'number') return false
  return alternatives.some((a) => occurrences(text, a).some((o) => overlaps(o, span as Span)))
}

function matches(text: string, p: Prediction, gold: PhraseEntry['responses'][number]): boolean {
  if (p.stance !== gold.stance) return false
  const alternatives = gold.responder.split('|')
  const responder = p.responder
  if (responder && alternatives.some((a) => occurrences(text, a).some((o) => overlaps(o, responder))))
    return true
  return resolvedMatches(text, p.resolvedResponder, alternatives)
}

interface Tally {
  found: number
  gold: number
  right: number
  predicted: number
}
const tallies = new Map<string, Tally>()
const tallyOf = (stance: string) => {
  const t = tallies.get(stance) ?? { found: 0, gold: 0, right: 0, predicted: 0 }
  tallies.set(stance, t)
  return t
}

function describe(p: Prediction): string {
  const who = p.responder?.text ?? '-'
  const resolved = typeof p.resolvedResponder === 'string' ? ` (${p.resolvedResponder})` : ''
  const cue: unknown = p.cue
  const cueText = typeof cue === 'object' && cue && 'text' in cue ? String(cue.text) : String(cue)
  return `${p.stance} by ${who}${resolved} [${cueText}]`
}

function scoreEntry(entry: PhraseEntry, index: number): void {
  const predicted = findResponses(entry.text, findQuotes(entry.text))
  for (const g of entry.responses) {
    const t = tallyOf(g.stance)
    t.gold++
    if (predicted.some((p) => matches(entry.text, p, g))) t.found++
    else if (showMisses) console.log(`#${index} MISS ${g.stance} by ${g.responder}\n  ${entry.text}`)
  }
  for (const p of predicted) {
    const t = tallyOf(p.stance)
    t.predicted++
    if (entry.responses.some((g) => matches(entry.text, p, g))) t.right++
    else if (showMisses) console.log(`#${index} EXTRA ${describe(p)}\n  ${entry.text}`)
  }
}

const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`)

RESPONSE_PHRASEBOOK.forEach(scoreEntry)
const total: Tally = { found: 0, gold: 0, right: 0, predicted: 0 }
console.log(`${RESPONSE_PHRASEBOOK.length} entries`)
console.log('stance               recall          precision')
for (const [stance, t] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
  for (const k of ['found', 'gold', 'right', 'predicted'] as const) total[k] += t[k]
  const r = `${pct(t.found, t.gold)} ${t.found}/${t.gold}`.padEnd(16)
  console.log(`${stance.padEnd(20)} ${r} ${pct(t.right, t.predicted)} ${t.right}/${t.predicted}`)
}
const r = `${pct(total.found, total.gold)} ${total.found}/${total.gold}`.padEnd(16)
console.log(`${'all'.padEnd(20)} ${r} ${pct(total.right, total.predicted)} ${total.right}/${total.predicted}`)
