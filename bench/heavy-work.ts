/**
 * Heavy-work scenario (ADR 014): while one 2 MiB re-import of an article with 60 claims and one
 * 2 MiB suggestions request run, measures `/healthz` and the ledger's first page at 20
 * connections, on embedded PGlite and on the local PostgreSQL; then asks for suggestions on eight
 * 2 MiB articles at once and reports the peak RSS. Prints figures; not a test.
 *
 *   pnpm --filter @claimtrail/bench heavy      (builds the server first)
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import pg from 'pg'
import { memoryAtPeak, type Phase, peakByPhase } from './measure/memory-breakdown.ts'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const env = process.env
const ADMIN_URL = env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const PORT = Number(env.BENCH_HEAVY_PORT ?? 3390)
const DURATION = Number(env.BENCH_DURATION ?? 10)
const CONNECTIONS = 20
const CLAIMS = 60
const TWO_MIB = 2 * 1024 * 1024
const base = `http://127.0.0.1:${PORT}`
const log = (message: string) => process.stderr.write(`${message}\n`)

/** When each phase of the scenario began, to tell in which one the sampled peak fell. */
const phases: Phase[] = []
const mark = (name: string) => phases.push({ name, t: Date.now() })

interface Session {
  cookie: string
  csrf: string
}

async function startServer(extraEnv: Record<string, string>, traceFile?: string): Promise<ChildProcess> {
  // BENCH_MEMORY_TRACE=1: every thread of the server samples its memory (measure/memory-trace.cjs).
  const trace = traceFile ? ['--require', './bench/measure/memory-trace.cjs'] : []
  // BENCH_NODE_ARGS: V8 or Node options for the server, to compare settings (space-separated).
  const nodeArgs = env.BENCH_NODE_ARGS ? env.BENCH_NODE_ARGS.split(' ') : []
  // BENCH_SERVER_ENV: settings of the server to compare (space-separated NAME=value pairs).
  const serverEnv = Object.fromEntries(
    (env.BENCH_SERVER_ENV ?? '')
      .split(' ')
      .filter((pair) => pair.includes('='))
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  )
  const child = spawn(
    process.execPath,
    // The Dockerfile's CMD, then BENCH_NODE_ARGS, which win over it (`--enable-source-maps`).
    ['--max-semi-space-size=8', ...nodeArgs, ...trace, 'apps/api/dist/server.mjs'],
    {
      cwd: ROOT,
      env: {
        PATH: env.PATH ?? '',
        PORT: String(PORT),
        LOG_LEVEL: 'warn',
        SEED_DEMO: 'true',
        ...(traceFile ? { MEMORY_TRACE_FILE: traceFile } : {}),
        // glibc's malloc as the Docker image sets it (Dockerfile); `GLIBC_TUNABLES=` measures without.
        GLIBC_TUNABLES: env.GLIBC_TUNABLES ?? 'glibc.malloc.mmap_threshold=131072',
        ...serverEnv,
        ...extraEnv,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  // Up to two minutes: opening PGlite and migrating it takes long on a busy machine.
  for (let i = 0; i < 1200; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return child
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  child.kill()
  throw new Error('the server did not start')
}

async function login(): Promise<Session> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'checker@example.com', password: 'claimtrail-demo' }),
  })
  if (!res.ok) throw new Error(`login: ${res.status}`)
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const { csrfToken } = (await res.json()) as { csrfToken: string }
  return { cookie, csrf: csrfToken }
}

async function post(session: Session, path: string, body: unknown) {
  const res = await fetch(`${base}/api/v1${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
    body: JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

const paragraph = (i: number) =>
  `Paragraph ${i}: the harbour authority said on Tuesday that claim number ${i} was supported by the annual report, which critics disputed.`

async function prepare(session: Session) {
  const text = Array.from({ length: CLAIMS }, (_, i) => paragraph(i)).join('\n\n')
  const created = await post(session, '/articles', {
    title: 'Heavy re-import',
    source: { format: 'text', text },
  })
  const articleId = (created.body.article as { id: string }).id
  for (let i = 0; i < CLAIMS; i++) {
    const exact = `claim number ${i} was supported by the annual report`
    const start = text.indexOf(exact)
    const res = await post(session, `/articles/${articleId}/claims`, {
      start,
      end: start + exact.length,
      exact,
      statement: `Claim ${i} is supported by the annual report.`,
      headline: `Claim ${i} supported`,
      kind: 'statement_of_fact',
    })
    if (res.status !== 201) throw new Error(`claim ${i}: ${res.status} ${JSON.stringify(res.body)}`)
  }
  // The new version: paragraphs reordered and edited, then filler up to 2 MiB.
  const edited = Array.from({ length: CLAIMS }, (_, i) =>
    paragraph(CLAIMS - 1 - i).replace('Tuesday', 'Wednesday'),
  )
  let next = `${edited.join('\n\n')}\n\n`
  const filler = 'The council met again and discussed the budget, the bridge and the school at length. '
  next += filler.repeat(Math.ceil((TWO_MIB - next.length) / filler.length))
  next = next.slice(0, TWO_MIB - 1)
  const hostile = '“A,” he said. '.repeat(Math.floor((TWO_MIB - 1) / 14))
  const other = await post(session, '/articles', {
    title: 'Hostile suggestions',
    source: { format: 'text', text: hostile },
  })
  const hostileId = (other.body.article as { id: string }).id
  return { articleId, next, hostileId }
}

interface JobView {
  id: string
  status: string
  startedAt?: string | null
  finishedAt?: string | null
  result?: unknown
  error?: { code: string } | null
}

async function followJob(session: Session, job: JobView): Promise<JobView> {
  let current = job
  while (current.status !== 'succeeded' && current.status !== 'failed') {
    await new Promise((r) => setTimeout(r, 100))
    const res = await fetch(`${base}/api/v1/jobs/${current.id}`, { headers: { cookie: session.cookie } })
    current = (await res.json()) as JobView
  }
  return current
}

async function measure(url: string, headers: Record<string, string> = {}) {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers })
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx }
}

/** The hostile shapes, each repeated to just under 2 MiB. */
const HOSTILE_SHAPES = [
  '“A,” he said. ',
  '“She said “he said “they said” it” again” twice. ',
  'Smith said that Jones said that Brown said that the harbour would close. ',
  'The council met on Tuesday and agreed, after a long debate, to fund the new bridge next year. ',
]
const twoMib = (unit: string) => unit.repeat(Math.floor((TWO_MIB - 1) / unit.length))

/**
 * Eight heavy jobs at once: suggestions on eight 2 MiB articles (the hostile shapes, twice each)
 * requested together. The jobs queue (JOBS_CONCURRENCY) and the pool bounds the threads, so memory
 * should not grow with the number of jobs waiting. Peak RSS is the process's high-water mark.
 */
async function eightJobs(session: Session) {
  const ids: string[] = []
  mark('eight articles created')
  for (let i = 0; i < 8; i++) {
    const shape = HOSTILE_SHAPES[i % HOSTILE_SHAPES.length] ?? ''
    const created = await post(session, '/articles', {
      title: `Eight jobs ${i}`,
      source: { format: 'text', text: `${i} ${twoMib(shape)}`.slice(0, TWO_MIB - 1) },
    })
    ids.push((created.body.article as { id: string }).id)
  }
  const started = performance.now()
  mark('eight suggestions jobs')
  const answers = await Promise.all(ids.map((id) => post(session, `/articles/${id}/suggestions`, {})))
  const done = await Promise.all(
    answers.map((a) => (a.status === 202 ? followJob(session, a.body as unknown as JobView) : null)),
  )
  return {
    statuses: answers.map((a) => a.status),
    jobs: done.map((d) => d?.status ?? 'none'),
    ms: Math.round(performance.now() - started),
  }
}

function peakRssMb(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return Math.round(Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]) / 1024)
}

async function scenario(driver: 'pglite' | 'pg', extraEnv: Record<string, string>) {
  const traceFile = env.BENCH_MEMORY_TRACE
    ? join(ROOT, `bench/results/memory-trace-${driver}.jsonl`)
    : undefined
  if (traceFile) writeFileSync(traceFile, '')
  const server = await startServer(extraEnv, traceFile)
  try {
    const session = await login()
    log(`${driver}: preparing ${CLAIMS} claims and two 2 MiB texts…`)
    const { articleId, next, hostileId } = await prepare(session)
    const ledger = `${base}/api/v1/public/claims`
    // Both routes at once, idle as during the heavy work: the comparison is then the heavy work's
    // alone. (Measured one after the other, the idle figures had half the load of the busy ones.)
    const [healthzIdle, ledgerIdle] = await Promise.all([measure(`${base}/healthz`), measure(ledger)])
    // And the ledger alone, as the figures before 3 December were taken.
    const idle = { healthz: healthzIdle, ledger: ledgerIdle, ledgerAlone: await measure(ledger) }

    log(`${driver}: heavy work starts`)
    phases.length = 0
    mark('re-import and suggestions')
    const started = performance.now()
    const importing = post(session, `/articles/${articleId}/versions`, {
      source: { format: 'text', text: next },
    })
    // Answered at once with a job (202) since suggestions on a long text are jobs; followed to its end.
    const suggesting = post(session, `/articles/${hostileId}/suggestions`, {}).then(async (r) => {
      const answeredMs = Math.round(performance.now() - started)
      const done = r.status === 202 ? await followJob(session, r.body as unknown as JobView) : null
      return {
        ...r,
        answeredMs,
        ms: Math.round(performance.now() - started),
        job: done && {
          status: done.status,
          runMs: Date.parse(done.finishedAt ?? '') - Date.parse(done.startedAt ?? ''),
          suggestions: (done.result as { suggestions?: unknown[] } | null)?.suggestions?.length ?? null,
          code: done.error?.code ?? null,
        },
      }
    })
    const [healthz, ledgerBusy] = await Promise.all([measure(`${base}/healthz`), measure(ledger)])
    const accepted = await importing
    const job = await followJob(session, accepted.body as unknown as JobView)
    const importMs = Math.round(performance.now() - started)
    const suggestions = await suggesting
    const peakRssHeavyMb = peakRssMb(server.pid)
    log(`${driver}: eight suggestions jobs at once…`)
    const eight = await eightJobs(session)
    return {
      driver,
      idle,
      busy: { healthz, ledger: ledgerBusy },
      reimport: { status: accepted.status, job: job.status, ms: importMs, result: job.result ?? job.error },
      suggestions: {
        status: suggestions.status,
        answeredMs: suggestions.answeredMs,
        ms: suggestions.ms,
        code: suggestions.body.code ?? null,
        job: suggestions.job,
      },
      peakRssHeavyMb,
      eight,
      peakRssMb: peakRssMb(server.pid),
      memoryAtPeak: traceFile ? memoryAtPeak(traceFile) : null,
      peakByPhase: traceFile ? peakByPhase(traceFile, [...phases, { name: 'end', t: Date.now() }]) : null,
    }
  } finally {
    server.kill('SIGTERM')
    await new Promise((r) => server.once('exit', r))
  }
}

const build = spawnSync('pnpm', ['--filter', '@claimtrail/api', 'build'], { cwd: ROOT, stdio: 'inherit' })
if (build.status !== 0) process.exit(1)

/** `BENCH_HEAVY_DRIVERS=pglite` (or `pg`) runs one database only. */
const drivers = (env.BENCH_HEAVY_DRIVERS ?? 'pglite,pg').split(',')
const results = drivers.includes('pglite')
  ? [await scenario('pglite', { DATA_DIR: mkdtempSync(join(tmpdir(), 'claimtrail-heavy-')) })]
  : []
const admin = new pg.Client({ connectionString: ADMIN_URL })
try {
  if (!drivers.includes('pg')) throw new Error('not asked for (BENCH_HEAVY_DRIVERS)')
  await admin.connect()
  await admin.query('drop database if exists claimtrail_bench_heavy')
  await admin.query('create database claimtrail_bench_heavy')
  const url = new URL(ADMIN_URL)
  url.pathname = '/claimtrail_bench_heavy'
  results.push(await scenario('pg', { DATABASE_URL: url.toString() }))
} catch (error) {
  log(`PostgreSQL scenario skipped: ${(error as Error).message}`)
} finally {
  await admin.end().catch(() => undefined)
}

for (const r of results) {
  console.log(`\n${r.driver}`)
  console.log(
    `  /healthz p99: idle ${r.idle.healthz.p99} ms, during heavy work ${r.busy.healthz.p99} ms (target < 100)`,
  )
  console.log(
    `  ledger p99:   idle ${r.idle.ledger.p99} ms, during heavy work ${r.busy.ledger.p99} ms (target ≤ ${2 * r.idle.ledger.p99}); idle without /healthz's load ${r.idle.ledgerAlone.p99} ms`,
  )
  console.log(
    `  re-import 2 MiB, ${CLAIMS} claims: ${r.reimport.status} → job ${r.reimport.job} in ${r.reimport.ms} ms`,
  )
  const sj = r.suggestions.job
  console.log(
    `  suggestions 2 MiB hostile: ${r.suggestions.status} ${r.suggestions.code ?? ''} after ${r.suggestions.answeredMs} ms` +
      (sj
        ? `, job ${sj.status} ${sj.code ?? ''} with ${sj.suggestions} suggestions after ${r.suggestions.ms} ms (${sj.runMs} ms running)`
        : ''),
  )
  console.log(`  peak RSS through the heavy work: ${r.peakRssHeavyMb} MB`)
  console.log(
    `  eight suggestions jobs at once: answers ${r.eight.statuses.join(' ')}, jobs ${r.eight.jobs.join(' ')}, all done in ${r.eight.ms} ms`,
  )
  console.log(`  peak RSS with the eight jobs (target < 500 MB): ${r.peakRssMb} MB`)
  if (r.memoryAtPeak) console.log(`  at the sampled peak: ${JSON.stringify(r.memoryAtPeak)}`)
  if (r.peakByPhase)
    console.log(`  highest sampled RSS and main heap by phase (MB): ${JSON.stringify(r.peakByPhase)}`)
}
mkdirSync(join(ROOT, 'bench/results'), { recursive: true })
writeFileSync(join(ROOT, 'bench/results/heavy-latest.json'), `${JSON.stringify(results, null, 2)}\n`)
