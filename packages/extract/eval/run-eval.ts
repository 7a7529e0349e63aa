// `pnpm eval:quotes`: extracts quotes from every gold article with @claimtrail/extract and scores
// them with score.mjs (a copy of the shared quote scorer, Gender Gap Tracker matching rules), one
// group at a time: "original" (gold.jsonl, the set the rules were first tuned on), "tuning" and
// "held-out" (news-gold/, built by build-gold.mjs; never tune the rules to the held-out group).
// usage: node --import tsx run-eval.ts [--group NAME] [--throughput] [gold.jsonl] [-- extra scorer flags]
//   --throughput  also times findQuotes on 1 MiB of the gold articles' prose, on this one core
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findQuotes, toQuotePredictions } from '../src/index.ts'

const here = dirname(fileURLToPath(import.meta.url))
const GROUPS: Record<string, string> = {
  original: join(here, 'gold.jsonl'),
  tuning: join(here, 'news-gold', 'tuning.jsonl'),
  'held-out': join(here, 'news-gold', 'held-out.jsonl'),
}
const args = process.argv.slice(2)
const groupAt = args.indexOf('--group')
const group = groupAt === -1 ? undefined : args[groupAt + 1]
// Without --group, groupAt + 1 is 0: keep every argument then (a gold path given first).
const rest = groupAt === -1 ? args : args.filter((_, i) => i !== groupAt && i !== groupAt + 1)
const goldPath = rest.find((a) => !a.startsWith('--'))
const flags = rest.filter((a) => a.startsWith('--') && a !== '--throughput')

if (group !== undefined && !GROUPS[group])
  throw new Error(`unknown group ${group}: ${Object.keys(GROUPS).join(', ')}`)
const runs: [string, string][] = goldPath
  ? [[goldPath, goldPath]]
  : Object.entries(GROUPS).filter(([name]) => group === undefined || name === group)

const texts = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string })

function score(name: string, path: string): number {
  const articles = texts(path)
  let chars = 0
  const started = performance.now()
  const predictions = articles.map(({ id, text }) => {
    chars += text.length
    return JSON.stringify({ id, quotes: toQuotePredictions(findQuotes(text)) })
  })
  const seconds = (performance.now() - started) / 1000
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-eval-'))
  try {
    const predPath = join(dir, 'predictions.jsonl')
    writeFileSync(predPath, `${predictions.join('\n')}\n`)
    console.log(
      `\n=== ${name}: ${articles.length} articles (${chars} characters) extracted in ${seconds.toFixed(2)} s`,
    )
    const scored = spawnSync(process.execPath, [join(here, 'score.mjs'), path, predPath, ...flags], {
      stdio: 'inherit',
    })
    return scored.status ?? 1
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** MB/s of findQuotes on 1 MiB of news prose: every gold article, repeated; best of three runs. */
function throughput(): void {
  const prose = Object.values(GROUPS)
    .flatMap((p) => texts(p).map((a) => a.text))
    .join('\n\n')
  const MiB = 1 << 20
  const articles = prose.split('\n\n')
  const chunks: string[] = []
  for (let n = 0, i = 0; n < MiB; i++) {
    const a = articles[i % articles.length] as string
    chunks.push(a)
    n += a.length + 2
  }
  const text = chunks.join('\n\n').slice(0, MiB)
  let best = Number.POSITIVE_INFINITY
  for (let run = 0; run < 3; run++) {
    const started = performance.now()
    findQuotes(text)
    best = Math.min(best, performance.now() - started)
  }
  console.log(
    `\nthroughput: findQuotes on 1 MiB of news prose in ${best.toFixed(0)} ms = ${(1000 / best).toFixed(2)} MiB/s`,
  )
}

process.exitCode = runs.reduce((status, [name, path]) => status || score(name, path), 0)
if (args.includes('--throughput')) throughput()
