import type { ExtractTablesWithRelations } from 'drizzle-orm'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core'
import pg from 'pg'
import * as schema from './schema/index.ts'

export type Schema = typeof schema
/** The drizzle database, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>
/** A database or a transaction: what a service needs to read and write. */
export type DbOrTx = Db | Tx
export type DbDriver = 'pglite' | 'pg'

/**
 * Runs independent reads side by side on a pool (each on its own connection), one after another
 * in a transaction: a transaction is one connection, and pg refuses overlapping queries on one
 * client from version 9 (it warns today).
 */
export async function readAll<const T extends readonly (() => Promise<unknown>)[]>(
  db: DbOrTx,
  reads: T,
): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  type Out = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }
  if (!('rollback' in db)) return (await Promise.all(reads.map((read) => read()))) as Out
  const results: unknown[] = []
  for (const read of reads) results.push(await read())
  return results as Out
}

export interface DatabaseOptions {
  /** postgres:// URL of a PostgreSQL server; when absent the embedded PGlite is used. */
  url?: string | undefined
  /** PGlite data folder (ignored with a url); `memory://` keeps everything in memory. */
  dataDir: string
  /** pg pool size. */
  poolMax?: number
  /** How long to wait for a PostgreSQL connection before giving up. */
  connectTimeoutMs?: number
}

export interface DatabaseHandle {
  db: Db
  driver: DbDriver
  /** Cheap round trip used by /healthz and at boot. */
  ping(): Promise<void>
  close(): Promise<void>
}

/** Thrown when the database cannot be opened or reached; the message is fit for a one-line error. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError'
}

const drizzleOptions = { schema, casing: 'snake_case' } as const

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  return options.url ? openPostgres(options.url, options) : openPglite(options.dataDir)
}

async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  // Loaded only when used: the embedded engine costs ~45 MB of memory a PostgreSQL deployment
  // would carry for nothing.
  const [{ PGlite }, { drizzle: drizzlePglite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
  ])
  let client: InstanceType<typeof PGlite>
  try {
    client = await PGlite.create(dataDir)
  } catch (error) {
    throw new DatabaseUnavailableError(`cannot open the embedded database in ${dataDir}: ${describe(error)}`)
  }
  const db = drizzlePglite({ client, ...drizzleOptions }) as unknown as Db
  return {
    db,
    driver: 'pglite',
    ping: async () => {
      await client.query('select 1')
    },
    close: async () => {
      if (!client.closed) await client.close()
    },
  }
}

async function openPostgres(url: string, options: DatabaseOptions): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolMax ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    application_name: 'claimtrail',
  })
  // An idle client losing its connection (server restart) must not crash the process; the next
  // query gets a fresh connection or a clear error.
  pool.on('error', () => {})
  const db = drizzlePg({ client: pool, ...drizzleOptions }) as unknown as Db
  const handle: DatabaseHandle = {
    db,
    driver: 'pg',
    ping: async () => {
      await pool.query('select 1')
    },
    close: () => pool.end(),
  }
  try {
    await handle.ping()
  } catch (error) {
    await pool.end().catch(() => {})
    throw new DatabaseUnavailableError(`cannot reach PostgreSQL at ${redact(url)}: ${describe(error)}`)
  }
  return handle
}

function describe(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describe(error.errors[0])
  if (error instanceof Error) return error.message || error.name
  return String(error)
}

/** The URL without its password, for messages and logs. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return '(unparseable URL)'
  }
}
