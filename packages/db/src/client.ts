import { type ExtractTablesWithRelations, eq, type SQL } from 'drizzle-orm'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import { type PgDatabase, PgDialect, type PgQueryResultHKT, type PgTransaction } from 'drizzle-orm/pg-core'
import pg from 'pg'
import { acquireFolderLock, type FolderLock } from './folder-lock.ts'
import type { EngineSettings, PgliteWorkerClient } from './pglite-client.ts'
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

/**
 * The embedded engine's page cache. PGlite's own default, 128 MB, took ~100 MB more memory at idle
 * than 32 MB; the OS caches the folder's files besides (bench/README.md, "Heavy work").
 */
export const DEFAULT_SHARED_BUFFERS_MB = 32

export interface DatabaseOptions {
  /** postgres:// URL of a PostgreSQL server; when absent the embedded PGlite is used. */
  url?: string | undefined
  /** PGlite data folder (ignored with a url); `memory://` keeps everything in memory. */
  dataDir: string
  /** pg pool size. */
  poolMax?: number
  /** How long to wait for a PostgreSQL connection before giving up. */
  connectTimeoutMs?: number
  /**
   * PostgreSQL: fail at once when the server does not answer (the default, for the CLI). The server
   * passes false and waits for the database itself, reporting the wait in /healthz.
   */
  verifyConnection?: boolean
  /**
   * PGlite: run the engine in its own thread (the default: queries never stall this thread's event
   * loop, ADR 013) or on this one (what bench/pglite-stall.ts compares it with).
   */
  embeddedThread?: 'worker' | 'main'
  /** PGlite: shared_buffers in MB (the engine's page cache; most of its memory). */
  embeddedSharedBuffersMb?: number
  /** PGlite: who is opening the folder, as other processes are told ("the Claimtrail server"). */
  owner?: string
  /** Called when a pooled PostgreSQL connection breaks (logged; never an uncaught error). */
  onConnectionError?: (error: Error) => void
}

export interface DatabaseHandle {
  db: Db
  driver: DbDriver
  /** Cheap round trip used by /healthz and at boot. */
  ping(): Promise<void>
  /**
   * The public ledger's version as last committed (ledger_state, migration 0009): what the public
   * response cache checks on every request. On PGlite it is answered without waiting for a
   * transaction that holds the one connection (pglite-worker.mjs).
   */
  ledgerVersion(): Promise<number>
  /**
   * The first column of the query's first row, a text, as UTF-8 bytes in a buffer of their own
   * (null when there is no row or the value is null): for a long text bound for another thread
   * (the worker pool), moved there without this thread decoding it. On PGlite the text is encoded
   * on the engine's thread and never enters this thread's heap.
   */
  readUtf8(query: SQL): Promise<Uint8Array | null>
  close(): Promise<void>
  /** PGlite on disk: the folder's lock, held until close() (folder-lock.ts). */
  folderLock?: FolderLock
}

/** Thrown when the database cannot be opened or reached; the message is fit for a one-line error. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError'
}

const drizzleOptions = { schema, casing: 'snake_case' } as const

/** Turns a query written with drizzle's `sql` into its text and parameters, for either driver. */
const dialect = new PgDialect({ casing: 'snake_case' })
const encoder = new TextEncoder()
const utf8Of = (value: unknown): Uint8Array | null => (value == null ? null : encoder.encode(String(value)))

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  return options.url
    ? openPostgres(options.url, options)
    : openPglite(options.dataDir, options.owner, options.embeddedThread, {
        sharedBuffersMb: options.embeddedSharedBuffersMb ?? DEFAULT_SHARED_BUFFERS_MB,
      })
}

async function openPglite(
  dataDir: string,
  owner = 'another Claimtrail process',
  thread: 'worker' | 'main' = 'worker',
  settings: EngineSettings = { sharedBuffersMb: DEFAULT_SHARED_BUFFERS_MB },
): Promise<DatabaseHandle> {
  // Before anything touches the files: a second PostgreSQL on the same folder loses or damages data.
  const folderLock = dataDir.startsWith('memory://') ? undefined : await acquireFolderLock(dataDir, owner)
  // Loaded only when used; the engine itself (~45 MB) lives in its own thread (pglite-client.ts).
  const [{ PgliteWorkerClient: WorkerClient }, { drizzle: drizzlePglite }] = await Promise.all([
    import('./pglite-client.ts'),
    import('drizzle-orm/pglite'),
  ])
  let client: PgliteWorkerClient | InstanceType<typeof import('@electric-sql/pglite').PGlite>
  try {
    client =
      thread === 'worker'
        ? await WorkerClient.create(dataDir, settings)
        : await openOnThisThread(dataDir, settings)
  } catch (error) {
    await folderLock?.release()
    throw new DatabaseUnavailableError(`cannot open the embedded database in ${dataDir}: ${describe(error)}`)
  }
  const db = drizzlePglite({ client: client as never, ...drizzleOptions }) as unknown as Db
  const readVersion = ledgerVersionReader(db)
  return {
    db,
    driver: 'pglite',
    ping: async () => {
      if (client instanceof WorkerClient) await client.ping()
      else await client.query('select 1')
    },
    ledgerVersion: () => (client instanceof WorkerClient ? client.ledgerVersion() : readVersion()),
    readUtf8: async (query) => {
      const { sql, params } = dialect.sqlToQuery(query)
      if (client instanceof WorkerClient) return client.readUtf8(sql, params)
      return utf8Of((await client.query<unknown[]>(sql, params, { rowMode: 'array' })).rows[0]?.[0])
    },
    close: async () => {
      try {
        if (!client.closed) await client.close()
      } finally {
        await folderLock?.release()
      }
    },
    ...(folderLock ? { folderLock } : {}),
  }
}

/** The ledger's version, a statement prepared once per database. */
function ledgerVersionReader(db: Db): () => Promise<number> {
  const read = db
    .select({ version: schema.ledgerState.version })
    .from(schema.ledgerState)
    .where(eq(schema.ledgerState.id, 1))
    .prepare('ledger_version')
  return async () => Number((await read.execute())[0]?.version ?? 0)
}

/** PGlite on the calling thread, with the start parameters the worker uses (pglite-worker.mjs). */
async function openOnThisThread(dataDir: string, settings: EngineSettings) {
  const { PGlite } = await import('@electric-sql/pglite')
  const startParams = [...PGlite.defaultStartParams, '-c', `shared_buffers=${settings.sharedBuffersMb}MB`]
  return PGlite.create(dataDir, { startParams })
}

async function openPostgres(url: string, options: DatabaseOptions): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolMax ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    application_name: 'claimtrail',
  })
  // A connection lost while idle (pool 'error') or while checked out (the client's own 'error',
  // which pg emits when no query is running on it, e.g. between two statements of a transaction)
  // must not crash the process: the next query on it fails, the transaction rolls back or is
  // abandoned, pg drops the broken client, and the request is answered 503 (error-handler.ts).
  const onError = (error: Error) => options.onConnectionError?.(error)
  pool.on('error', onError)
  pool.on('connect', (client) => client.on('error', onError))
  const db = drizzlePg({ client: pool, ...drizzleOptions }) as unknown as Db
  retryTransactions(db)
  const handle: DatabaseHandle = {
    db,
    driver: 'pg',
    ping: async () => {
      await pool.query('select 1')
    },
    ledgerVersion: ledgerVersionReader(db),
    readUtf8: async (query) => {
      const { sql, params } = dialect.sqlToQuery(query)
      return utf8Of((await pool.query({ text: sql, values: params, rowMode: 'array' })).rows[0]?.[0])
    },
    close: () => pool.end(),
  }
  if (options.verifyConnection === false) return handle
  try {
    await handle.ping()
  } catch (error) {
    await pool.end().catch(() => {})
    throw new DatabaseUnavailableError(`cannot reach PostgreSQL at ${redact(url)}: ${describe(error)}`)
  }
  return handle
}

// 40001 serialization failure, 40P01 deadlock detected, 55P03 lock not available (NOWAIT): the
// transaction lost a race, not an argument; run again, it normally goes through.
const RETRYABLE_SQLSTATES = new Set(['40001', '40P01', '55P03'])
const TRANSACTION_ATTEMPTS = 5

function isRetryable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string' && RETRYABLE_SQLSTATES.has(code)) return true
  }
  return false
}

/**
 * Every top-level transaction on PostgreSQL is retried, whole, when it fails with a serialization
 * failure or a deadlock (ADR 012): PostgreSQL rolled it back, so running the callback again is
 * safe — a transaction callback only talks to the database (services hash passwords, fetch pages
 * and call workers before they open one). The user sees the write go through, not a 409. Nested
 * transactions (savepoints, `tx.transaction`) are part of their outer one and are not retried apart.
 */
function retryTransactions(db: Db): void {
  const transaction = db.transaction.bind(db)
  db.transaction = async (callback, config) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await transaction(callback, config)
      } catch (error) {
        if (attempt >= TRANSACTION_ATTEMPTS || !isRetryable(error)) throw error
        // Jittered, growing pause: the transactions that collided should not collide again.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt))
      }
    }
  }
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

// SQLSTATEs and socket errors that mean "the database is not there", not "bad query": class 08
// (connection exception), 57P01–57P03 (terminated by an administrator or a shutdown, or not yet
// accepting connections), 3D000 (database does not exist yet, e.g. a container still initialising).
const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
])
const CONNECTION_SQLSTATES = /^(08...|57P0[123]|3D000)$/
// What pg says when a connection died under a query, a rollback or a checkout.
const CONNECTION_MESSAGES =
  /Connection terminated|connection error and is not queryable|Client was closed and is not queryable|timeout exceeded when trying to connect|Cannot use a pool after calling end/i

/**
 * Whether an error (anywhere in its cause chain: drizzle wraps driver errors) means the database
 * went away or is not reachable yet — a state to wait out and answer 503, never a crash or a 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof DatabaseUnavailableError) return true
    if (e instanceof AggregateError && e.errors.some((inner) => isDatabaseUnavailable(inner))) return true
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string' && (CONNECTION_ERROR_CODES.has(code) || CONNECTION_SQLSTATES.test(code)))
      return true
    const message = (e as { message?: unknown }).message
    if (typeof message === 'string' && CONNECTION_MESSAGES.test(message)) return true
  }
  return false
}

/** A one-line description of a driver error, for messages and /healthz. */
export function describeError(error: unknown): string {
  return describe(error)
}
