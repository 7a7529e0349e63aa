// The news articles of news-gold/ (issue 18) for `pnpm eval:suggestions`: their text comes from the
// quote gold (tuning.jsonl, held-out.jsonl, built by build-gold.mjs from the *.txt sources) so each
// article is written once, and the annotations of suggestions-tuning.ts / suggestions-held-out.ts
// are joined to it by id. Same annotation rules as ../suggestions-gold.ts.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { hedgeSpans } from '../hedge-spans.ts'
import type { GoldArticle } from '../suggestions-gold.ts'
import { HEDGES_HELD_OUT } from './hedges-held-out.ts'
import { HEDGES_TUNING } from './hedges-tuning.ts'

export type NewsAnnotation = Omit<GoldArticle, 'text'>

// Hedges are annotated in files of their own (hedges-*.ts), joined by id like the texts.
const HEDGES: Record<string, string[]> = { ...HEDGES_TUNING, ...HEDGES_HELD_OUT }

const here = dirname(fileURLToPath(import.meta.url))

/** Every annotated mention (each alternative of "A|B") must occur in the article as written. */
function check(a: GoldArticle): void {
  const words = [
    ...a.relays.flatMap((r) => [r.relay, r.origin]),
    ...a.responses.map((r) => r.responder),
    ...a.sources.map((s) => s.mention),
  ]
  for (const w of words.flatMap((x) => x.split('|'))) {
    if (!a.text.includes(w)) throw new Error(`${a.id}: "${w}" does not occur in the article`)
  }
  if (a.hedges) hedgeSpans(a.text, a.hedges, a.id)
}

export function withTexts(
  file: 'tuning.jsonl' | 'held-out.jsonl',
  annotations: NewsAnnotation[],
): GoldArticle[] {
  const texts = new Map<string, string>()
  for (const line of readFileSync(join(here, file), 'utf8').split('\n')) {
    if (!line.trim()) continue
    const { id, text } = JSON.parse(line) as { id: string; text: string }
    texts.set(id, text)
  }
  if (texts.size !== annotations.length)
    throw new Error(`${file}: ${texts.size} articles, ${annotations.length} annotated`)
  return annotations.map((a) => {
    const text = texts.get(a.id)
    if (text === undefined) throw new Error(`${a.id}: not in ${file}`)
    const hedges = HEDGES[a.id]
    if (hedges === undefined) throw new Error(`${a.id}: no hedges annotated (hedges-*.ts)`)
    const article = { ...a, text, hedges }
    check(article)
    return article
  })
}
