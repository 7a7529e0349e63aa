import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { migrate, openDatabase } from '@claimtrail/db'
import pg from 'pg'
import {
  ADMIN_URL,
  ARTICLES,
  BENCH_EMAIL,
  BENCH_PASSWORD,
  BIG_ARTICLE_CLAIMS,
  CLAIMS_PER_ARTICLE,
  cli,
  DB_NAME,
  DB_URL,
  log,
  query,
  RESULTS,
} from '../config.ts'

export interface DatasetInfo {
  articles: number
  claims: number
  rows: number
  seconds: number
  rowsPerSecond: number
  generatedAt: string
}

/** Creates claimtrail_bench and generates the data once; later runs reuse it. */
export async function ensureDataset(): Promise<DatasetInfo> {
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
export async function prewarm() {
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
