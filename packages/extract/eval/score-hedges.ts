// Hedges (issue h18): gold = the annotated phrases placed in the text (hedge-spans.ts), predicted =
// suggest(text).hedges; a prediction matches a gold hedge when their spans overlap at all, one to
// one, since a hedge's extent ("may have" or "may have been") is not what the desk checks.
import type { Suggestions } from '../src/index.ts'
import { hedgeSpans } from './hedge-spans.ts'
import type { GoldArticle } from './suggestions-gold.ts'

interface Tally {
  tp: number
  predicted: number
  gold: number
}

/** Adds the article's hedges to the tally `get('hedges')`; an article without the field is skipped. */
export function scoreHedges(
  a: GoldArticle,
  s: Suggestions,
  get: (key: string) => Tally,
  notes: string[],
): void {
  if (!a.hedges) return
  const tally = get('hedges')
  const gold = hedgeSpans(a.text, a.hedges, a.id)
  tally.gold += gold.length
  tally.predicted += s.hedges.length
  const used = new Set<number>()
  for (const [start, end] of gold) {
    const i = s.hedges.findIndex((h, k) => !used.has(k) && h.start < end && start < h.end)
    if (i === -1) notes.push(`hedge missed: ${a.text.slice(start, end)}`)
    else {
      used.add(i)
      tally.tp++
    }
  }
  s.hedges.forEach((h, k) => {
    if (!used.has(k)) notes.push(`hedge extra: ${a.text.slice(h.start, h.end)}`)
  })
}
