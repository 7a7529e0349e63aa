// `pnpm eval:quotes`: extracts quotes from every gold article with @claimtrail/extract and scores
// them with score.mjs (a copy of the shared quote scorer, Gender Gap Tracker matching rules).
// usage: node --import tsx run-eval.ts [gold.jsonl] [-- extra scorer flags]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findQuotes, toQuotePredictions } from '../src/index.ts'

const here = dirname(fileURLToPath(import.meta.url))
const args = process.argv.slice(2)
const goldPath = args.find((a) => !a.startsWith('--')) ?? join(here, 'gold.jsonl')
const flags = args.filter((a) => a.startsWith('--'))

const lines = readFileSync(goldPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
let chars = 0
const started = performance.now()
const predictions = lines.map((line) => {
  const { id, text } = JSON.parse(line) as { id: string; text: string }
  chars += text.length
  return JSON.stringify({ id, quotes: toQuotePredictions(findQuotes(text)) })
})
const seconds = (performance.now() - started) / 1000

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-eval-'))
try {
  const predPath = join(dir, 'predictions.jsonl')
  writeFileSync(predPath, `${predictions.join('\n')}\n`)
  console.log(`extracted ${lines.length} articles (${chars} characters) in ${seconds.toFixed(2)} s`)
  const scored = spawnSync(process.execPath, [join(here, 'score.mjs'), goldPath, predPath, ...flags], {
    stdio: 'inherit',
  })
  process.exitCode = scored.status ?? 1
} finally {
  rmSync(dir, { recursive: true, force: true })
}
