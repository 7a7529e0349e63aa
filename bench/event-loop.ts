import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { generateDataset } from '@claimtrail/db/generate'
import autocannon from 'autocannon'
import { buildApp } from '../apps/api/src/app.ts'
import { openAndMigrate } from '../apps/api/src/boot.ts'
import { loadConfig } from '../apps/api/src/config.ts'

// `node --import tsx bench/event-loop.ts`: how long the server's event loop stalls on embedded
// PGlite under read load (figures, not a test; bench/README.md). The server runs in this process
// and is measured with perf_hooks.monitorEventLoopDelay; the load comes from a child process so it
// does not stall the loop being measured.

const env = process.env
const DURATION = Number(env.BENCH_DURATION ?? 20)
const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 10)

if (process.argv[2] === 'load') {
  const base = process.argv[3] ?? ''
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [
      { method: 'GET', path: '/api/v1/public/claims?limit=50' },
      { method: 'GET', path: '/api/v1/articles' },
      { method: 'GET', path: '/api/v1/public/claims.csv' },
    ],
  })
  process.stdout.write(
    JSON.stringify({ requests: result.requests.total, rps: result.requests.average, non2xx: result.non2xx }),
  )
  process.exit(0)
}

const dataDir = mkdtempSync(join(tmpdir(), 'claimtrail-loop-'))
const config = loadConfig({
  DATA_DIR: dataDir,
  LOG_LEVEL: 'silent',
  SEED_DEMO: 'true',
  // Every request reaches the database: the cache would hide what a query costs the loop.
  PUBLIC_CACHE_MB: '0',
  WEB_DIST: dataDir,
})
const quiet = { info() {}, warn() {} } as unknown as Parameters<typeof openAndMigrate>[1]
// BENCH_PGLITE_THREAD=main runs the engine on the server's own thread: the "before" of ADR 013.
const thread = env.BENCH_PGLITE_THREAD === 'main' ? 'main' : 'worker'
const database = await openAndMigrate(config, quiet, 'bench/event-loop', thread)
await generateDataset(database.db, {
  articles: Number(env.BENCH_ARTICLES ?? 40),
  claimsPerArticle: Number(env.BENCH_CLAIMS_PER_ARTICLE ?? 20),
  seed: 1,
})
const app = await buildApp({ config, database })
await app.listen({ host: '127.0.0.1', port: 0 })
const address = app.server.address()
const port = typeof address === 'object' && address ? address.port : 0

const histogram = monitorEventLoopDelay({ resolution: 10 })
const perSecond: number[] = []
histogram.enable()
const sampler = setInterval(() => {
  perSecond.push(histogram.max / 1e6)
  histogram.reset()
}, 1000)
const all = monitorEventLoopDelay({ resolution: 10 })
all.enable()

const load = spawn(
  process.execPath,
  ['--import', 'tsx', fileURLToPath(import.meta.url), 'load', `http://127.0.0.1:${port}`],
  {
    env: { ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
)
let out = ''
load.stdout.on('data', (d) => {
  out += d
})
await new Promise((resolve) => load.once('exit', resolve))
clearInterval(sampler)
all.disable()

const seconds = perSecond.slice(1) // the first second includes the load's start-up
const fmt = (n: number) => n.toFixed(0)
process.stdout.write(
  `${JSON.stringify(
    {
      driver: database.driver,
      pgliteThread: thread,
      load: JSON.parse(out || '{}'),
      seconds: seconds.length,
      maxStallMs: Number(fmt(Math.max(...seconds))),
      p99DelayMs: Number(fmt(all.percentile(99) / 1e6)),
      meanDelayMs: Number((all.mean / 1e6).toFixed(1)),
      secondsWithStallOver50ms: seconds.filter((s) => s > 50).length,
      secondsWithStallOver100ms: seconds.filter((s) => s > 100).length,
      perSecondMaxMs: seconds.map((s) => Number(fmt(s))),
    },
    null,
    2,
  )}\n`,
)
await app.close()
await database.close()
rmSync(dataDir, { recursive: true, force: true })
