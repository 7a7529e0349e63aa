import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BENCH_EMAIL, BENCH_PASSWORD, DB_URL, env, log, RESULTS, ROOT } from './config.ts'
import { freePort, peakRssMb, startProcess } from './measure/processes.ts'
import { measureScenario } from './measure/scenario-run.ts'
import { explainAll } from './report/explain.ts'
import { extractThroughput } from './report/extraction.ts'
import { report } from './report/summary.ts'
import { captureSql, type Statement } from './scenarios/capture-sql.ts'
import { type Scenario, scenarios } from './scenarios/scenarios.ts'
import { ensureDataset, prewarm } from './setup/dataset.ts'

// `pnpm bench`: figures, not a test. See bench/README.md for what each scenario measures and why.
// The steps live beside this file: the settings (config.ts), the dataset (setup/), the scenarios
// and the SQL their routes run (scenarios/), load and processes (measure/), EXPLAIN, extraction
// throughput and the results (report/).

/** The scenarios to measure, with the SQL each route ran, written where the baseline server reads it. */
interface Prepared {
  webDist: string
  all: Scenario[]
  list: Scenario[]
  captured: Record<string, Statement[]>
  capturedFile: string
  skipped: string[]
  stamp: string
}

async function main() {
  mkdirSync(RESULTS, { recursive: true })
  const dataset = await ensureDataset()
  if (env.BENCH_PREPARE_ONLY === '1') return
  await prewarm()
  const prepared = await prepare()
  const rows = await measureAll(prepared)
  const { list, captured, skipped, stamp } = prepared
  const explainFile = join(RESULTS, `explain-${stamp}.txt`)
  const explained = await explainAll(
    Object.fromEntries(list.map((s) => [s.name, captured[s.name] ?? []])),
    explainFile,
  )
  const extraction = await extractThroughput()
  report({ dataset, rows, explainFile, explained, extraction, skipped, stamp })
}

async function prepare(): Promise<Prepared> {
  const webDist = mkdtempSync(join(tmpdir(), 'claimtrail-bench-web-'))
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>bench</title>')
  const hasPublic =
    existsSync(join(ROOT, 'apps/api/src/routes/public')) &&
    readdirSync(join(ROOT, 'apps/api/src/routes/public')).length > 0
  // The ledger pages' server renderer, which both the captured app and the compiled server load.
  const ssr = spawnSync('pnpm', ['--filter', '@claimtrail/web', 'build:ssr'], { cwd: ROOT, stdio: 'inherit' })
  if (ssr.status !== 0) throw new Error('the web app’s server build failed')
  const all = await scenarios(hasPublic)
  let list = all
  // BENCH_ONLY=ledger runs the scenarios whose name contains it (all by default).
  if (env.BENCH_ONLY) list = list.filter((s) => s.name.includes(env.BENCH_ONLY ?? ''))
  const { captured, statuses } = await captureSql(list, webDist)
  const skipped = list
    .filter((s) => statuses[s.name] !== 200)
    .map((s) => `${s.name}: HTTP ${statuses[s.name]} in capture, skipped`)
  list = list.filter((s) => statuses[s.name] === 200)
  if (!hasPublic) skipped.push('public ledger routes: not in apps/api/src/routes/public yet, skipped')

  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const capturedFile = join(webDist, `captured-${stamp}.json`)
  writeFileSync(
    capturedFile,
    JSON.stringify(Object.fromEntries(list.map((s) => [encodeURIComponent(s.name), captured[s.name]]))),
  )
  return { webDist, all, list, captured, capturedFile, skipped, stamp }
}

/** Starts the compiled API and the baseline server, measures every scenario, then stops both. */
async function measureAll({ webDist, all, list, captured, capturedFile }: Prepared) {
  const apiPort = await freePort()
  const basePort = await freePort()
  // The server as production runs it: compiled (apps/api/scripts/build.ts), no TypeScript loader.
  const built = spawnSync('pnpm', ['--filter', '@claimtrail/api', 'build'], { cwd: ROOT, stdio: 'inherit' })
  if (built.status !== 0) throw new Error('the API build failed')
  const api = await startProcess(
    // The Dockerfile's CMD, then BENCH_NODE_OPTIONS: V8 flags to try, which win over the launch's
    // own (e.g. --max-semi-space-size=16, --enable-source-maps).
    [
      '--max-semi-space-size=8',
      ...(env.BENCH_NODE_OPTIONS ? env.BENCH_NODE_OPTIONS.split(' ') : []),
      'apps/api/dist/server.mjs',
    ],
    {
      DATABASE_URL: DB_URL,
      HOST: '127.0.0.1',
      PORT: String(apiPort),
      LOG_LEVEL: 'warn',
      WEB_DIST: webDist,
      SEED_DEMO: 'false',
      DB_POOL_MAX: '10',
      // BENCH_PUBLIC_CACHE_MB=0 measures the ledger without its response cache.
      ...(env.BENCH_PUBLIC_CACHE_MB === undefined ? {} : { PUBLIC_CACHE_MB: env.BENCH_PUBLIC_CACHE_MB }),
    },
    apiPort,
  )
  const baseline = await startProcess(
    ['--import', 'tsx', 'bench/baseline-server.ts', capturedFile, String(basePort), DB_URL],
    {},
    basePort,
  )
  const rows: Record<string, unknown>[] = []
  try {
    const login = await fetch(`http://127.0.0.1:${apiPort}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: BENCH_EMAIL, password: BENCH_PASSWORD }),
    })
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    for (const s of list) rows.push(await measureScenario(s, { apiPort, basePort, cookie, all, captured }))
  } finally {
    const apiPeak = peakRssMb(api.pid)
    const basePeak = peakRssMb(baseline.pid)
    api.kill('SIGTERM')
    baseline.kill('SIGTERM')
    rows.push({
      scenario: '(process peak RSS, MB)',
      rps: null,
      apiPeakRssMb: Math.round(apiPeak),
      baselinePeakRssMb: Math.round(basePeak),
    })
  }
  return rows
}

main().catch((error: unknown) => {
  log(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  process.exit(1)
})
