import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { migrate, openDatabase } from '@claimtrail/db'
import autocannon from 'autocannon'
import pg from 'pg'
import { buildApp } from '../apps/api/src/app.ts'
import { loadConfig } from '../apps/api/src/config.ts'

// `pnpm bench`: figures, not a test. See bench/README.md for what each scenario measures and why.

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const RESULTS = join(ROOT, 'bench/results')
const env = process.env
const ADMIN_URL = env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const DB_NAME = env.BENCH_DB ?? 'claimtrail_bench'
const DB_URL = (() => {
  const u = new URL(ADMIN_URL)
  u.pathname = `/${DB_NAME}`
  return u.toString()
})()
const ARTICLES = Number(env.BENCH_ARTICLES ?? 100_000)
const CLAIMS_PER_ARTICLE = Number(env.BENCH_CLAIMS_PER_ARTICLE ?? 10)
const DURATION = Number(env.BENCH_DURATION ?? 10)
const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 50)
const HEAVY_CONNECTIONS = Number(env.BENCH_HEAVY_CONNECTIONS ?? 10)
const BENCH_EMAIL = 'bench-checker@example.com'
const BENCH_PASSWORD = 'bench-password-not-secret'
const BIG_ARTICLE_CLAIMS = 500
const PUBLIC_STATUSES = `('published', 'corrected', 'retracted')`

const log = (line: string) => process.stderr.write(`bench: ${line}\n`)
const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'apps/api/src/cli.ts'), ...args], {
    cwd: ROOT,
    env: { PATH: env.PATH ?? '', DATABASE_URL: DB_URL, LOG_LEVEL: 'warn' },
    input,
    encoding: 'utf8',
    stdio: input === undefined ? ['ignore', 'pipe', 'inherit'] : ['pipe', 'pipe', 'pipe'],
  })

// --- the dataset ------------------------------------------------------------------------------------

interface DatasetInfo {
  articles: number
  claims: number
  rows: number
  seconds: number
  rowsPerSecond: number
  generatedAt: string
}

async function query<T>(client: pg.Client | pg.Pool, text: string, values: unknown[] = []): Promise<T[]> {
  return (await client.query(text, values)).rows as T[]
}

/** Creates claimtrail_bench and generates the data once; later runs reuse it. */
async function ensureDataset(): Promise<DatasetInfo> {
  const admin = new pg.Client({ connectionString: ADMIN_URL })
  await admin.connect()
  const [exists] = await query(admin, 'select 1 from pg_database where datname = $1', [DB_NAME])
  if (!exists) await admin.query(`create database ${DB_NAME}`)
  await admin.end()
  const handle = await openDatabase({ url: DB_URL, dataDir: '' })
  await migrate(handle)
  await handle.close()

  const infoFile = join(RESULTS, `dataset-${DB_NAME}.json`)
  const db = new pg.Client({ connectionString: DB_URL })
  await db.connect()
  try {
    const [{ n } = { n: 0 }] = await query<{ n: number }>(db, 'select count(*)::int as n from claims')
    let info: DatasetInfo | undefined = existsSync(infoFile)
      ? JSON.parse(readFileSync(infoFile, 'utf8'))
      : undefined
    if (n < ARTICLES * CLAIMS_PER_ARTICLE) {
      log(
        `generating ${ARTICLES.toLocaleString('en-US')} articles × ${CLAIMS_PER_ARTICLE} claims into ${DB_NAME} (minutes)…`,
      )
      const started = performance.now()
      const run = cli([
        'generate',
        '--articles',
        String(ARTICLES),
        '--claims-per-article',
        String(CLAIMS_PER_ARTICLE),
        '--seed',
        '1',
      ])
      if (run.status !== 0) throw new Error(`generation failed: ${run.stdout}`)
      const rows = Number(/generated ([\d,]+) rows/.exec(run.stdout)?.[1]?.replace(/,/g, '') ?? 0)
      const seconds = (performance.now() - started) / 1000
      info = {
        articles: ARTICLES,
        claims: ARTICLES * CLAIMS_PER_ARTICLE,
        rows,
        seconds,
        rowsPerSecond: rows / seconds,
        generatedAt: new Date().toISOString(),
      }
      writeFileSync(infoFile, `${JSON.stringify(info, null, 2)}\n`)
    }
    const [big] = await query(
      db,
      'select article_id from claims group by article_id having count(*) >= $1 limit 1',
      [BIG_ARTICLE_CLAIMS],
    )
    if (!big) {
      log(`adding an article with ${BIG_ARTICLE_CLAIMS} claims`)
      const run = cli([
        'generate',
        '--articles',
        '1',
        '--claims-per-article',
        String(BIG_ARTICLE_CLAIMS),
        '--seed',
        '500',
      ])
      if (run.status !== 0) throw new Error(`generation of the big article failed: ${run.stdout}`)
    }
    // A bulk load leaves no visibility map and unset hint bits: until VACUUM, index-only scans visit
    // the heap and the first reader of every row writes its page back. The database may run without
    // autovacuum (this machine's does), so the bench vacuums once itself.
    const [claimsStats] = await query<{ vacuumed: boolean }>(
      db,
      `select coalesce(last_vacuum, last_autovacuum) is not null as vacuumed from pg_stat_user_tables where relname = 'claims'`,
    )
    if (!claimsStats?.vacuumed) {
      log('vacuum (analyze) after the bulk load (minutes)…')
      await db.query('vacuum (analyze)')
    }
    const [users] = await query(db, 'select 1 from users where lower(email) = $1', [BENCH_EMAIL])
    if (!users) {
      const run = cli(['users:create', '--email', BENCH_EMAIL, '--role', 'checker'], `${BENCH_PASSWORD}\n`)
      if (run.status !== 0) throw new Error(`cannot create the bench account: ${run.stderr}`)
    }
    const [{ c } = { c: 0 }] = await query<{ c: number }>(db, 'select count(*)::int as c from claims')
    if (!info) {
      info = {
        articles: ARTICLES,
        claims: c,
        rows: 0,
        seconds: Number.NaN,
        rowsPerSecond: Number.NaN,
        generatedAt: 'unknown (generated outside pnpm bench)',
      }
    }
    log(
      `dataset: ${c.toLocaleString('en-US')} claims; generated ${info.generatedAt} in ${info.seconds.toFixed(0)} s (${Math.round(info.rowsPerSecond).toLocaleString('en-US')} rows/s)`,
    )
    return { ...info, claims: c }
  } finally {
    await db.end()
  }
}

/**
 * A ledger in service has its working set in memory; a freshly generated one does not, and whichever
 * scenario runs first would pay for the disk. pg_prewarm reads every table and index except the audit
 * log's heap (the largest, and read here only through its claim index) into the OS cache.
 */
async function prewarm() {
  const db = new pg.Client({ connectionString: DB_URL })
  await db.connect()
  try {
    const [available] = await query(db, `select 1 from pg_available_extensions where name = 'pg_prewarm'`)
    if (!available) return log('pg_prewarm is not available: measuring with a cold cache')
    await db.query('create extension if not exists pg_prewarm')
    const started = performance.now()
    const [{ blocks } = { blocks: 0 }] = await query<{ blocks: number }>(
      db,
      `select coalesce(sum(pg_prewarm(c.oid, 'read')), 0)::bigint as blocks from pg_class c
        where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'i') and c.relname <> 'events'`,
    )
    log(
      `prewarmed ${Math.round((Number(blocks) * 8) / 1024)} MB in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    )
  } finally {
    await db.end()
  }
}

// --- scenarios --------------------------------------------------------------------------------------

interface Scenario {
  name: string
  path: string
  auth?: boolean
  connections: number
  /** Compared against a raw-pg replay of the same SQL. */
  baseline: boolean
  /** A server-rendered page: compared with the JSON scenario of this name (req/s ratio). */
  jsonOf?: string
}

const encodeCursor = (parts: string[]) => Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url')
const keyOf = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`

async function scenarios(hasPublic: boolean): Promise<Scenario[]> {
  const db = new pg.Client({ connectionString: DB_URL })
  await db.connect()
  try {
    const [big] = await query<{ id: string }>(
      db,
      'select article_id as id from claims group by article_id having count(*) >= $1 limit 1',
      [BIG_ARTICLE_CLAIMS],
    )
    const list: Scenario[] = [
      {
        name: 'articles list (reader)',
        path: '/api/v1/articles?limit=50',
        connections: CONNECTIONS,
        baseline: true,
      },
      {
        name: 'claims queue (checker)',
        path: '/api/v1/claims?limit=50',
        auth: true,
        connections: CONNECTIONS,
        baseline: true,
      },
      {
        name: 'claims queue in_review',
        path: '/api/v1/claims?status=in_review&limit=50',
        auth: true,
        connections: CONNECTIONS,
        baseline: true,
      },
      {
        name: `article page, ${BIG_ARTICLE_CLAIMS} claims`,
        path: `/api/v1/articles/${big?.id}`,
        auth: true,
        connections: HEAVY_CONNECTIONS,
        baseline: true,
      },
    ]
    if (hasPublic) {
      const deep = async (where: string, offset: number) => {
        const [row] = await query<{ k: string; id: string }>(
          db,
          `select ${keyOf('published_at')} as k, id from claims where status in ${PUBLIC_STATUSES} ${where} order by published_at desc, id offset ${offset} limit 1`,
        )
        return row ? encodeURIComponent(encodeCursor([row.k, row.id])) : undefined
      }
      // Deep means past most of what a reader would page through: 100,000 claims in at full size.
      const [{ n: publicCount } = { n: 0 }] = await query<{ n: number }>(
        db,
        `select count(*)::int as n from claims where status in ${PUBLIC_STATUSES}`,
      )
      const depth = Math.min(100_000, Math.floor(publicCount * 0.3))
      const q = env.BENCH_QUERY ?? 'harbour'
      const search = `and to_tsvector('english', headline || ' ' || statement || ' ' || anchor_exact || ' ' || coalesce(rationale, '')) @@ websearch_to_tsquery('english', '${q.replace(/'/g, "''")}')`
      const [one] = await query<{ id: string }>(
        db,
        `select id from claims where status = 'published' order by published_at desc offset ${Math.floor(depth / 20)} limit 1`,
      )
      list.push(
        {
          name: 'ledger first page',
          path: '/api/v1/public/claims?limit=50',
          connections: CONNECTIONS,
          baseline: true,
        },
        {
          name: 'ledger deep page',
          path: `/api/v1/public/claims?limit=50&cursor=${await deep('', depth)}`,
          connections: CONNECTIONS,
          baseline: true,
        },
        {
          name: `ledger search “${q}”`,
          path: `/api/v1/public/claims?limit=50&q=${encodeURIComponent(q)}`,
          connections: CONNECTIONS,
          baseline: true,
        },
        {
          name: `ledger search deep`,
          path: `/api/v1/public/claims?limit=50&q=${encodeURIComponent(q)}&cursor=${await deep(search, Math.min(5_000, Math.floor(depth / 20)))}`,
          connections: CONNECTIONS,
          baseline: true,
        },
        {
          name: 'ledger claim page',
          path: `/api/v1/public/claims/${one?.id}`,
          connections: CONNECTIONS,
          baseline: true,
        },
      )
      // The same reads served as HTML pages (ADR 016), each compared with its JSON route.
      const [person] = await query<{ id: string }>(
        db,
        `select e.id from entities e where e.kind = 'person' and exists (select 1 from published_claims p where p.subject_ids @> array[e.id]) limit 1`,
      )
      list.push(
        {
          name: 'ledger HTML: list',
          path: '/ledger',
          connections: CONNECTIONS,
          baseline: false,
          jsonOf: 'ledger first page',
        },
        {
          name: 'ledger HTML: claim page',
          path: `/ledger/claims/${one?.id}`,
          connections: CONNECTIONS,
          baseline: false,
          jsonOf: 'ledger claim page',
        },
        {
          name: 'ledger person page (JSON)',
          path: `/api/v1/public/entities/${person?.id}`,
          connections: CONNECTIONS,
          baseline: false,
        },
        {
          name: 'ledger HTML: person page',
          path: `/ledger/people/${person?.id}`,
          connections: CONNECTIONS,
          baseline: false,
          jsonOf: 'ledger person page (JSON)',
        },
      )
    }
    return list
  } finally {
    await db.end()
  }
}

// --- capturing the SQL each route runs ----------------------------------------------------------------

interface Statement {
  text: string
  values: unknown[]
}

/**
 * Runs each scenario once through the real app, in this process, recording every statement it sends
 * to PostgreSQL. The baseline replays them and EXPLAIN explains them. Session and login bookkeeping
 * is left out: it is auth, not the route's query.
 */
async function captureSql(
  list: Scenario[],
  webDist: string,
): Promise<{ captured: Record<string, Statement[]>; statuses: Record<string, number> }> {
  const recorded: Statement[] = []
  let recording = false
  const original = pg.Client.prototype.query
  // pg's query has a dozen overloads; this only observes the text and values going out.
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    if (recording) {
      const [config, values] = args as [{ text?: string; values?: unknown[] } | string, unknown]
      const text = typeof config === 'string' ? config : config?.text
      const params = (typeof config === 'object' && config?.values) || (Array.isArray(values) ? values : [])
      if (typeof text === 'string' && !/\b(sessions|login_attempts|users)\b/.test(text))
        recorded.push({ text, values: params })
    }
    return (original as (...a: unknown[]) => unknown).apply(this, args)
  } as typeof original
  const database = await openDatabase({ url: DB_URL, dataDir: '' })
  const app = await buildApp({
    config: loadConfig({ DATABASE_URL: DB_URL, LOG_LEVEL: 'silent', WEB_DIST: webDist }),
    database,
  })
  const captured: Record<string, Statement[]> = {}
  const statuses: Record<string, number> = {}
  try {
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: BENCH_EMAIL, password: BENCH_PASSWORD },
    })
    const cookie = login.cookies.find((c) => c.name === 'claimtrail_session')
    for (const s of list) {
      recorded.length = 0
      recording = true
      const res = await app.inject({
        method: 'GET',
        url: s.path,
        headers: s.auth && cookie ? { cookie: `${cookie.name}=${cookie.value}` } : {},
      })
      recording = false
      statuses[s.name] = res.statusCode
      captured[s.name] = recorded.map((r) => ({ text: r.text, values: JSON.parse(JSON.stringify(r.values)) }))
    }
  } finally {
    pg.Client.prototype.query = original
    await app.close()
    await database.close()
  }
  return { captured, statuses }
}

// --- processes ------------------------------------------------------------------------------------

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

/** Starts `node <nodeArgs>` from the repository root and waits for its /healthz. */
async function startProcess(
  nodeArgs: string[],
  extraEnv: Record<string, string>,
  port: number,
): Promise<ChildProcess> {
  const child = spawn(process.execPath, nodeArgs, {
    cwd: ROOT,
    env: { PATH: env.PATH ?? '', ...extraEnv },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  for (let i = 0; i < 200; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`)
      if (res.ok) return child
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  child.kill()
  throw new Error(`${nodeArgs.at(-1)} did not start`)
}

/** Peak resident set size (VmHWM) of a process, in MB. */
function peakRssMb(pid: number | undefined): number {
  if (!pid) return Number.NaN
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1])
  return kb / 1024
}

interface Measured {
  rps: number
  p50: number
  p99: number
  non2xx: number
  errors: number
}

async function measure(
  url: string,
  connections: number,
  headers: Record<string, string>,
  duration = DURATION,
): Promise<Measured> {
  const result = await autocannon({ url, connections, duration, headers, pipelining: 1 })
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  }
}

/** Equal-length slices as one run: mean req/s and p50, the worst slice's p99, counts summed. */
function combine(slices: Measured[]): Measured {
  const mean = (pick: (m: Measured) => number) => slices.reduce((sum, m) => sum + pick(m), 0) / slices.length
  return {
    rps: mean((m) => m.rps),
    p50: mean((m) => m.p50),
    p99: Math.max(...slices.map((m) => m.p99)),
    non2xx: slices.reduce((sum, m) => sum + m.non2xx, 0),
    errors: slices.reduce((sum, m) => sum + m.errors, 0),
  }
}

/**
 * A server-rendered page and its JSON route measured back to back in alternating slices
 * (`BENCH_PAIR_SLICES`, default 2, of DURATION / slices seconds each, JSON first), so both see
 * the same machine: on shared cores, load that comes and goes would otherwise favour one side.
 */
async function measurePair(htmlUrl: string, jsonUrl: string, connections: number) {
  const slices = Math.max(1, Number(env.BENCH_PAIR_SLICES ?? 2))
  const seconds = Math.max(1, Math.round(DURATION / slices))
  await measure(jsonUrl, connections, {}, 2)
  await measure(htmlUrl, connections, {}, 2)
  const json: Measured[] = []
  const html: Measured[] = []
  for (let i = 0; i < slices; i++) {
    json.push(await measure(jsonUrl, connections, {}, seconds))
    html.push(await measure(htmlUrl, connections, {}, seconds))
  }
  return { html: combine(html), json: combine(json) }
}

// --- EXPLAIN ------------------------------------------------------------------------------------------

interface Explained {
  scenario: string
  statement: number
  executionMs: number
  nodes: string[]
}

async function explainAll(captured: Record<string, Statement[]>, file: string): Promise<Explained[]> {
  const db = new pg.Client({ connectionString: DB_URL })
  await db.connect()
  const out: string[] = []
  const summary: Explained[] = []
  try {
    for (const [scenario, statements] of Object.entries(captured)) {
      for (const [i, s] of statements.entries()) {
        // The ledger reads in a transaction (begin … commit): only the statements inside are plans.
        if (!/^\s*(select|with)\b/i.test(s.text)) continue
        const rows = await query<{ 'QUERY PLAN': string }>(
          db,
          `explain (analyze, buffers) ${s.text}`,
          s.values,
        )
        const plan = rows.map((r) => r['QUERY PLAN'])
        out.push(
          `### ${scenario} — statement ${i + 1}\n\n${s.text}\n-- ${JSON.stringify(s.values)}\n\n${plan.join('\n')}\n`,
        )
        const nodes = plan
          .map((l) =>
            /(?:->\s+)?((?:Parallel )?(?:Seq Scan|Index Only Scan|Index Scan|Bitmap Heap Scan|Bitmap Index Scan|Sort|Incremental Sort|HashAggregate|GroupAggregate|Hash Join|Merge Join|Nested Loop)[^(]*)/
              .exec(l)?.[1]
              ?.trim(),
          )
          .filter((n): n is string => n !== undefined)
        const executionMs = Number(/Execution Time: ([\d.]+)/.exec(plan.join('\n'))?.[1])
        summary.push({ scenario, statement: i + 1, executionMs, nodes })
      }
    }
  } finally {
    await db.end()
  }
  writeFileSync(file, `${out.join('\n')}`)
  return summary
}

// --- suggestions extraction -------------------------------------------------------------------------------

async function extractThroughput(): Promise<{ note: string; mbPerSecond?: number }> {
  const extract = (await import('@claimtrail/extract')) as Record<string, unknown>
  const name = ['extractSuggestions', 'suggestClaims', 'extract', 'suggest'].find(
    (n) => typeof extract[n] === 'function',
  )
  if (!name)
    return {
      note: `skipped: @claimtrail/extract exports no suggestions entry point yet (exports: ${Object.keys(extract).join(', ')})`,
    }
  const db = new pg.Client({ connectionString: DB_URL })
  await db.connect()
  let text = ''
  try {
    const bodies = await query<{ body: string }>(db, 'select body from article_versions limit 400')
    for (const b of bodies) {
      if (text.length >= 1_048_576) break
      text += `${b.body}\n\n`
    }
  } finally {
    await db.end()
  }
  text = text.slice(0, 1_048_576)
  const fn = extract[name] as (t: string) => unknown
  const started = performance.now()
  const result = fn(text)
  const seconds = (performance.now() - started) / 1000
  const count = Array.isArray(result)
    ? result.length
    : Array.isArray((result as { suggestions?: unknown[] })?.suggestions)
      ? (result as { suggestions: unknown[] }).suggestions.length
      : undefined
  return {
    note: `${name}() on 1 MB: ${seconds.toFixed(2)} s${count === undefined ? '' : `, ${count} suggestions`}`,
    mbPerSecond: 1 / seconds,
  }
}

// --- main -------------------------------------------------------------------------------------------------

async function main() {
  mkdirSync(RESULTS, { recursive: true })
  const dataset = await ensureDataset()
  if (env.BENCH_PREPARE_ONLY === '1') return
  await prewarm()
  const webDist = mkdtempSync(join(tmpdir(), 'claimtrail-bench-web-'))
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>bench</title>')
  const hasPublic =
    existsSync(join(ROOT, 'apps/api/src/routes/public')) &&
    (await import('node:fs')).readdirSync(join(ROOT, 'apps/api/src/routes/public')).length > 0
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

  const apiPort = await freePort()
  const basePort = await freePort()
  // The server as production runs it: compiled (apps/api/scripts/build.ts), no TypeScript loader.
  const built = spawnSync('pnpm', ['--filter', '@claimtrail/api', 'build'], { cwd: ROOT, stdio: 'inherit' })
  if (built.status !== 0) throw new Error('the API build failed')
  const api = await startProcess(
    ['--enable-source-maps', 'apps/api/dist/server.mjs'],
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
      // BENCH_NODE_OPTIONS tries V8 flags on the API process, e.g. --max-semi-space-size=8.
      ...(env.BENCH_NODE_OPTIONS ? { NODE_OPTIONS: env.BENCH_NODE_OPTIONS } : {}),
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
    for (const s of list) {
      const headers: Record<string, string> = s.auth ? { cookie } : {}
      const productUrl = `http://127.0.0.1:${apiPort}${s.path}`
      const baseUrl = `http://127.0.0.1:${basePort}/baseline/${encodeURIComponent(encodeURIComponent(s.name))}`
      const partner = s.jsonOf ? all.find((j) => j.name === s.jsonOf) : undefined
      let product: Measured
      let pairedJson: Measured | undefined
      if (partner) {
        log(`${s.name}: ${DURATION} s at ${s.connections} connections, alternating with ${partner.name}`)
        const pair = await measurePair(
          productUrl,
          `http://127.0.0.1:${apiPort}${partner.path}`,
          s.connections,
        )
        product = pair.html
        pairedJson = pair.json
      } else {
        log(`${s.name}: warm-up, then ${DURATION} s at ${s.connections} connections (product, then baseline)`)
        await measure(productUrl, s.connections, headers, 2)
        product = await measure(productUrl, s.connections, headers)
      }
      let base: Measured | undefined
      if (s.baseline) {
        await measure(baseUrl, s.connections, {}, 2)
        base = await measure(baseUrl, s.connections, {})
      }
      const body = await fetch(productUrl, { headers }).then((r) => r.arrayBuffer())
      rows.push({
        scenario: s.name,
        bytes: body.byteLength,
        vsJson: pairedJson ? Number((product.rps / pairedJson.rps).toFixed(2)) : null,
        jsonRps: pairedJson ? Math.round(pairedJson.rps) : null,
        jsonP99: pairedJson?.p99 ?? null,
        path: s.path.length > 80 ? `${s.path.slice(0, 77)}…` : s.path,
        connections: s.connections,
        statements: captured[s.name]?.length ?? 0,
        rps: Math.round(product.rps),
        p50: product.p50,
        p99: product.p99,
        non2xx: product.non2xx,
        errors: product.errors,
        baselineRps: base ? Math.round(base.rps) : null,
        baselineP50: base?.p50 ?? null,
        baselineP99: base?.p99 ?? null,
        ratio: base ? Number((product.rps / base.rps).toFixed(2)) : null,
      })
    }
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

  const explainFile = join(RESULTS, `explain-${stamp}.txt`)
  const explained = await explainAll(
    Object.fromEntries(list.map((s) => [s.name, captured[s.name] ?? []])),
    explainFile,
  )
  const extraction = await extractThroughput()

  const table = rows.filter((r) => r.rps !== null)
  console.log(
    `\nClaimtrail bench — ${dataset.claims.toLocaleString('en-US')} claims, ${DURATION} s per scenario, autocannon on 127.0.0.1\n`,
  )
  console.table(
    table.map((r) => ({
      scenario: r.scenario,
      conns: r.connections,
      'req/s': r.rps,
      'p50 ms': r.p50,
      'p99 ms': r.p99,
      'baseline req/s': r.baselineRps,
      'base p99': r.baselineP99,
      ratio: r.ratio,
      bytes: r.bytes,
      'JSON req/s (paired)': r.jsonRps,
      'JSON p99 (paired)': r.jsonP99,
      'vs JSON': r.vsJson,
      'non-2xx': r.non2xx,
    })),
  )
  const rss = rows.find((r) => r.scenario === '(process peak RSS, MB)')
  console.log(`API peak RSS: ${rss?.apiPeakRssMb} MB (baseline process: ${rss?.baselinePeakRssMb} MB)`)
  console.log(`Suggestions extraction: ${extraction.note}`)
  console.log(
    `Generation: ${dataset.rows.toLocaleString('en-US')} rows in ${dataset.seconds.toFixed(0)} s (${Math.round(dataset.rowsPerSecond).toLocaleString('en-US')} rows/s)`,
  )
  console.log('\nEXPLAIN (ANALYZE, BUFFERS), full plans in', explainFile)
  for (const e of explained) {
    console.log(
      `  ${e.scenario} #${e.statement}: ${e.executionMs.toFixed(2)} ms — ${[...new Set(e.nodes)].join(', ')}`,
    )
  }
  for (const s of skipped) console.log(`skipped: ${s}`)
  const resultFile = join(RESULTS, `${stamp}.json`)
  writeFileSync(
    resultFile,
    `${JSON.stringify(
      {
        at: new Date().toISOString(),
        settings: {
          durationSeconds: DURATION,
          connections: CONNECTIONS,
          heavyConnections: HEAVY_CONNECTIONS,
          cpus: (await import('node:os')).cpus().length,
        },
        dataset,
        scenarios: table,
        peakRssMb: { api: rss?.apiPeakRssMb, baseline: rss?.baselinePeakRssMb },
        extraction,
        explain: explained,
        skipped,
      },
      null,
      2,
    )}\n`,
  )
  // Only the latest run is kept in the repository (results/* is ignored): earlier figures live in
  // bench/README.md's findings, where they are explained.
  copyFileSync(resultFile, join(RESULTS, 'latest.json'))
  console.log(`\nwritten ${resultFile} and results/latest.json`)
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})
