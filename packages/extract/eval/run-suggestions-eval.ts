// `pnpm eval:suggestions`: runs suggest() on every passage of a gold group and prints precision
// and recall per kind of suggestion: relays (relay + origin pairs), responses (per stance), source
// kinds (per kind) and hedges where the article lists them (score-hedges.ts). A predicted mention
// matches a gold one when their spans overlap by at least 60 % of the longer of the two, at any
// place the gold words occur in the passage (or one of the alternatives separated by |, for an
// entity named twice in apposition).
// usage: node --import tsx run-suggestions-eval.ts [--per-article] [--group NAME | --held-out]
//   groups: passages (suggestions-gold.ts), passages-held-out (suggestions-held-out.ts),
//   news-tuning and news-held-out (news-gold/, issue 18; news-held-out is held-out-4.txt, written
//   blind), news-tuning-6, -7 and -8 (the articles of tuning-6.txt, tuning-7.txt and tuning-8/-9.txt,
//   the former held-out group, also in news-tuning), -10 and -11 (tuning-10.txt, tuning-11.txt);
//   every group when none is named.
//   The held-out groups are never used to change the rules; --held-out is passages-held-out.
import { type SourceType, type Suggestions, suggest, type TextSpan } from '../src/index.ts'
import { NEWS_HELD_OUT, NEWS_HELD_OUT_5 } from './news-gold/suggestions-held-out.ts'
import {
  NEWS_TUNING,
  NEWS_TUNING_6,
  NEWS_TUNING_7,
  NEWS_TUNING_8,
  NEWS_TUNING_10,
  NEWS_TUNING_11,
} from './news-gold/suggestions-tuning.ts'
import { scoreHedges } from './score-hedges.ts'
import { type GoldArticle, SUGGESTIONS_GOLD } from './suggestions-gold.ts'
import { SUGGESTIONS_HELD_OUT } from './suggestions-held-out.ts'

const perArticle = process.argv.includes('--per-article')
const GROUPS: Record<string, GoldArticle[]> = {
  passages: SUGGESTIONS_GOLD,
  'passages-held-out': SUGGESTIONS_HELD_OUT,
  'news-tuning': NEWS_TUNING,
  'news-held-out': NEWS_HELD_OUT,
  'news-held-out-5': NEWS_HELD_OUT_5,
  'news-tuning-6': NEWS_TUNING_6,
  'news-tuning-7': NEWS_TUNING_7,
  'news-tuning-8': NEWS_TUNING_8,
  'news-tuning-10': NEWS_TUNING_10,
  'news-tuning-11': NEWS_TUNING_11,
}
const groupAt = process.argv.indexOf('--group')
const named = process.argv.includes('--held-out') ? 'passages-held-out' : process.argv[groupAt + 1]
if (groupAt !== -1 && !GROUPS[named ?? ''])
  throw new Error(`unknown group: ${Object.keys(GROUPS).join(', ')}`)
const chosen =
  groupAt === -1 && !process.argv.includes('--held-out') ? Object.keys(GROUPS) : [named as string]

function occurrences(text: string, words: string): [number, number][] {
  const out: [number, number][] = []
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + 1))
    out.push([at, at + words.length])
  return out
}

const NAME_ONLY = /^\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){0,3}$/u

/** `words` may list alternatives for one entity ("Irene Tam|The party's national director"). */
function matches(text: string, span: TextSpan | null | undefined, words: string, byName = true): boolean {
  if (!span) return false
  const alternatives = words.split('|').flatMap((w) => occurrences(text, w))
  return alternatives.some(([s, e]) => {
    const overlap = Math.min(e, span.end) - Math.max(s, span.start)
    if (overlap > 0 && overlap >= 0.6 * Math.max(e - s, span.end - span.start)) return true
    // The same person by the name that ends the other mention: "Delaney's campaign manager, Colin
    // Baird" and "Colin Baird", "Mayor Vincent Leblanc" and "Leblanc" (session 12).
    const shorter = e - s < span.end - span.start ? text.slice(s, e) : span.text
    return byName && e === span.end && NAME_ONLY.test(shorter)
  })
}

interface Tally {
  tp: number
  predicted: number
  gold: number
}
const tally = () => ({ tp: 0, predicted: 0, gold: 0 })
const tallies = new Map<string, Tally>()
const get = (key: string) => {
  let t = tallies.get(key)
  if (!t) {
    t = tally()
    tallies.set(key, t)
  }
  return t
}

interface Relay {
  relay: TextSpan | null
  origin: TextSpan | null
}
function predictedRelays(s: Suggestions): Relay[] {
  const out: Relay[] = []
  const seen = new Set<string>()
  for (const c of s.claims) {
    const relay = c.chain.find((h) => h.role === 'relay')
    const origin = c.chain[0]
    if (!relay || !origin || origin === relay) continue
    const key = `${relay.mention?.start}:${origin.mention?.start}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push({ relay: relay.mention, origin: origin.mention })
  }
  return out
}

const PRONOUN = /^(?:he|she|it|they|we|i)$/iu

// A party whose words are a response (a denial, a refusal) is shown on the claim as its responder,
// with its kind, rather than as a hop: it is a source mention all the same.
function addResponders(s: Suggestions, out: Map<string, { mention: TextSpan; type: SourceType }>): void {
  for (const { responder } of s.claims.flatMap((c) => c.responses)) {
    const m = responder.mention
    if (!m || PRONOUN.test(m.text)) continue
    const key = `${m.start}-${m.end}`
    if (!out.has(key)) out.set(key, { mention: m, type: responder.sourceType })
  }
}

function predictedSources(s: Suggestions): { mention: TextSpan; type: SourceType }[] {
  const out = new Map<string, { mention: TextSpan; type: SourceType }>()
  for (const c of s.claims) {
    for (const h of c.chain) {
      if (h.role === 'publisher' || !h.mention) continue
      out.set(`${h.mention.start}-${h.mention.end}`, { mention: h.mention, type: h.sourceType })
    }
  }
  addResponders(s, out)
  return [...out.values()]
}

function scoreRelays(a: GoldArticle, s: Suggestions, notes: string[]): void {
  const relays = predictedRelays(s)
  const relayTally = get('relays')
  relayTally.gold += a.relays.length
  relayTally.predicted += relays.length
  const usedRelays = new Set<number>()
  for (const g of a.relays) {
    const i = relays.findIndex(
      (p, k) =>
        !usedRelays.has(k) && matches(a.text, p.relay, g.relay) && matches(a.text, p.origin, g.origin),
    )
    if (i === -1) notes.push(`relay missed: ${g.origin} → ${g.relay}`)
    else {
      usedRelays.add(i)
      relayTally.tp++
    }
  }
  relays.forEach((p, k) => {
    if (!usedRelays.has(k)) notes.push(`relay extra: ${p.origin?.text} → ${p.relay?.text}`)
  })
}

function scoreResponses(a: GoldArticle, s: Suggestions, notes: string[]): void {
  const used = new Set<number>()
  for (const r of s.responses) {
    get(`responses ${r.stance}`).predicted++
    get('responses').predicted++
  }
  for (const g of a.responses) {
    get(`responses ${g.stance}`).gold++
    get('responses').gold++
    // A mention that overlaps first; one named by the name that ends the other only if none does.
    const answers = (byName: boolean) =>
      s.responses.findIndex(
        (r, k) =>
          !used.has(k) &&
          r.stance === g.stance &&
          (matches(a.text, r.responder, g.responder, byName) ||
            matches(a.text, r.resolvedResponder, g.responder, byName)),
      )
    const strict = answers(false)
    const i = strict === -1 ? answers(true) : strict
    if (i === -1) notes.push(`response missed: ${g.responder} ${g.stance}`)
    else {
      used.add(i)
      get(`responses ${g.stance}`).tp++
      get('responses').tp++
    }
  }
  s.responses.forEach((r, k) => {
    if (!used.has(k)) notes.push(`response extra: ${r.responder?.text} ${r.stance} (${r.cue.text})`)
  })
}

function scoreSources(a: GoldArticle, s: Suggestions, notes: string[]): void {
  const sources = predictedSources(s)
  for (const g of a.sources) {
    get(`source ${g.type}`).gold++
    get('sources').gold++
    const p =
      sources.find((x) => matches(a.text, x.mention, g.mention, false)) ??
      sources.find((x) => matches(a.text, x.mention, g.mention))
    if (!p) {
      notes.push(`source not found: ${g.mention} (${g.type})`)
      continue
    }
    // Precision per kind counts only predictions that name an annotated source.
    get(`source ${p.type}`).predicted++
    get('sources').predicted++
    if (p.type === g.type) {
      get(`source ${g.type}`).tp++
      get('sources').tp++
    } else notes.push(`source kind: ${g.mention} is ${g.type}, predicted ${p.type}`)
  }
}

function scoreArticle(a: GoldArticle): string[] {
  const s = suggest(a.text)
  const notes: string[] = []
  scoreRelays(a, s, notes)
  scoreResponses(a, s, notes)
  scoreSources(a, s, notes)
  scoreHedges(a, s, get, notes)
  return notes
}

function scoreGroup(name: string, gold: GoldArticle[]): void {
  tallies.clear()
  const started = performance.now()
  let chars = 0
  for (const a of gold) {
    chars += a.text.length
    const notes = scoreArticle(a)
    if (perArticle && notes.length) console.log(`=== ${a.id}\n  ${notes.join('\n  ')}`)
  }
  const seconds = (performance.now() - started) / 1000
  console.log(`\n${name}: scored ${gold.length} passages (${chars} characters) in ${seconds.toFixed(2)} s`)
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(3) : '  -  ')
  console.log('kind                              gold  pred    TP  precision  recall     F1')
  for (const [key, t] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
    const p = t.tp / t.predicted
    const r = t.tp / t.gold
    console.log(
      `${key.padEnd(32)} ${String(t.gold).padStart(5)} ${String(t.predicted).padStart(5)} ${String(t.tp).padStart(5)}      ${f(p)}   ${f(r)}  ${f((2 * p * r) / (p + r))}`,
    )
  }
}

for (const name of chosen) scoreGroup(name, GROUPS[name] as GoldArticle[])
