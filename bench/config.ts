import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type pg from 'pg'

// The bench's settings (environment variables, see bench/README.md) and the helpers every step uses.

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const RESULTS = join(ROOT, 'bench/results')
export const env = process.env
export const ADMIN_URL = env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
export const DB_NAME = env.BENCH_DB ?? 'claimtrail_bench'
export const DB_URL = (() => {
  const u = new URL(ADMIN_URL)
  u.pathname = `/${DB_NAME}`
  return u.toString()
})()
export const ARTICLES = Number(env.BENCH_ARTICLES ?? 100_000)
export const CLAIMS_PER_ARTICLE = Number(env.BENCH_CLAIMS_PER_ARTICLE ?? 10)
export const DURATION = Number(env.BENCH_DURATION ?? 10)
export const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 50)
export const HEAVY_CONNECTIONS = Number(env.BENCH_HEAVY_CONNECTIONS ?? 10)
export const BENCH_EMAIL = 'bench-checker@example.com'
export const BENCH_PASSWORD = 'bench-password-not-secret'
export const BIG_ARTICLE_CLAIMS = 500
export const PUBLIC_STATUSES = `('published', 'corrected', 'retracted')`

export const log = (line: string) => process.stderr.write(`bench: ${line}\n`)
export const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'apps/api/src/cli.ts'), ...args], {
    cwd: ROOT,
    env: { PATH: env.PATH ?? '', DATABASE_URL: DB_URL, LOG_LEVEL: 'warn' },
    input,
    encoding: 'utf8',
    stdio: input === undefined ? ['ignore', 'pipe', 'inherit'] : ['pipe', 'pipe', 'pipe'],
  })

export async function query<T>(
  client: pg.Client | pg.Pool,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  return (await client.query(text, values)).rows as T[]
}
