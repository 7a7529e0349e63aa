import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { Worker } from 'node:worker_threads'

// Plain JavaScript beside this file, also for the compiled server: its build rewrites
// import.meta.url to this source file's place (apps/api/scripts/build.ts), and the worker needs no
// TypeScript loader.
const WORKER_URL = new URL('./pglite-worker.mjs', import.meta.url)
const INITDB_URL = new URL('./pglite-initdb.mjs', import.meta.url)

export interface EngineSettings {
  /** PostgreSQL's shared_buffers in the engine's memory, in MB. */
  sharedBuffersMb: number
}

/**
 * Whether a statement may add audit events, whose commit raises the ledger's version (migration
 * 0009). An insert into the audit log, anywhere in the statement (a CTE too); any DDL (migrations
 * may change the trigger itself). Anything else leaves the version as it was.
 */
export function raisesLedgerVersion(sql: string): boolean {
  // DDL is recognised after any leading `--` comments: migration files open with one.
  return (
    /\binsert\s+into\s+"?events"?[\s(]/i.test(sql) ||
    /^(?:\s|--[^\n]*\n)*(?:create|alter|drop|do)\b/i.test(sql)
  )
}

/**
 * A new data folder is created by a short-lived process of its own (pglite-initdb.mjs): creating
 * one costs ~800 MB that the engine would otherwise keep for the life of the server. In memory
 * (`memory://`) or an existing folder: nothing to do.
 */
export async function createFolderIfNew(dataDir: string): Promise<void> {
  if (dataDir.includes('://') || existsSync(join(dataDir, 'PG_VERSION'))) return
  try {
    await promisify(execFile)(process.execPath, [fileURLToPath(INITDB_URL), dataDir], { timeout: 300_000 })
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim()
    throw new Error(`creating the database folder failed: ${stderr || (error as Error).message}`)
  }
}

/**
 * Young generation of the engine's thread, in MB. Its JavaScript only carries statements and rows
 * across (PGlite's own memory is WebAssembly's, outside the V8 heap); V8's default of 48 MB let
 * ~20 MB of short-lived strings (2 MiB texts on their way in and out) wait for a scavenge. At 8
 * rather than 16 its heap at the process's peak was 33–37 MB rather than 34–41, the peak itself
 * ~17 MB lower over four runs each, the re-import as fast (bench/README.md, "Heavy work", seventh
 * step): a 2 MiB text is a large object, which V8 does not allocate in the semi-spaces anyway.
 */
const ENGINE_YOUNG_GENERATION_MB = 8

interface QueryOptions {
  rowMode?: 'array' | 'object'
  parsers?: Record<number, (value: string) => unknown>
}

interface Results {
  rows: unknown[]
  fields: { name: string; dataTypeID: number }[]
  affectedRows?: number
}

/** What drizzle's PGlite driver uses of a PGlite instance (drizzle-orm/pglite/session.js). */
interface QueryClient {
  query(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results>
}

type Reply = { id: number; result?: unknown; error?: Record<string, string> }

/** A driver error rebuilt on this side, with its SQLSTATE and details, for the error handler. */
function rebuild(data: Record<string, string>): Error {
  const error = new Error(data.message) as Error & Record<string, string>
  for (const [key, value] of Object.entries(data)) if (key !== 'message') error[key] = value
  return error
}

/**
 * PGlite in a worker thread (ADR 013). PGlite is PostgreSQL compiled to WebAssembly: a query
 * runs on the thread that calls it, and on the server's main thread every query stalled the event
 * loop — every request waited while any one query ran (stalls of 100–270 ms each second under
 * load). Here the database lives in its own thread; the main thread only posts the statement and
 * receives the rows. Same semantics as the in-process PGlite that drizzle drives: one connection,
 * queries one at a time, a transaction keeps other queries out until it ends.
 *
 * drizzle passes type parsers only to keep some types as the text PostgreSQL sent (timestamps,
 * dates, intervals, numeric[]…); functions cannot cross threads, so the worker applies "keep as
 * text" to the types named.
 */
export class PgliteWorkerClient implements QueryClient {
  private readonly calls = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  private nextId = 1
  private failure: Error | undefined
  closed = false

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: Reply) => {
      const call = this.calls.get(reply.id)
      if (!call) return
      this.calls.delete(reply.id)
      if (reply.error) call.reject(rebuild(reply.error))
      else call.resolve(reply.result)
    })
    const fail = (error: Error) => {
      this.failure = error
      for (const call of this.calls.values()) call.reject(error)
      this.calls.clear()
    }
    worker.on('error', fail)
    worker.on('exit', () => fail(new Error('the embedded database thread stopped')))
  }

  static async create(dataDir: string, settings: EngineSettings): Promise<PgliteWorkerClient> {
    await createFolderIfNew(dataDir)
    const worker = new Worker(WORKER_URL, {
      workerData: { dataDir, settings },
      resourceLimits: { maxYoungGenerationSizeMb: ENGINE_YOUNG_GENERATION_MB },
    })
    const ready = await new Promise<{ ready: boolean; error?: Record<string, string> }>((resolve, reject) => {
      worker.once('message', resolve)
      worker.once('error', reject)
    })
    if (!ready.ready) {
      await worker.terminate()
      throw rebuild(ready.error ?? { message: 'PGlite failed to start' })
    }
    return new PgliteWorkerClient(worker)
  }

  private call<T>(message: Record<string, unknown>): Promise<T> {
    if (this.failure) return Promise.reject(this.failure)
    const id = this.nextId++
    return new Promise<T>((resolve, reject) => {
      this.calls.set(id, { resolve: resolve as (v: unknown) => void, reject })
      this.worker.postMessage({ ...message, id })
    })
  }

  private queryIn(tx: number | undefined, sql: string, params: unknown[] = [], options?: QueryOptions) {
    return this.call<Results>({
      op: 'query',
      tx,
      sql,
      params,
      options: options && {
        rowMode: options.rowMode,
        rawTypes: Object.keys(options.parsers ?? {}).map(Number),
      },
    })
  }

  async query(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results> {
    const result = await this.queryIn(undefined, sql, params, options)
    if (raisesLedgerVersion(sql)) this.forgetLedgerVersion()
    return result
  }

  async transaction<T>(callback: (tx: QueryClient) => Promise<T>): Promise<T> {
    const tx = await this.call<number>({ op: 'begin' })
    let raises = false
    let result: T
    try {
      result = await callback({
        query: (sql, params, options) => {
          raises ||= raisesLedgerVersion(sql)
          return this.queryIn(tx, sql, params, options)
        },
      })
    } catch (error) {
      await this.call({ op: 'end', tx, commit: false }).catch(() => {})
      throw error
    }
    try {
      await this.call({ op: 'end', tx, commit: true })
    } finally {
      if (raises) this.forgetLedgerVersion()
    }
    return result
  }

  /**
   * The ledger's version as last committed. This process is the only one writing the folder (its
   * lock), and the version moves only when a transaction that added audit events commits (migration
   * 0009), so the last one read stays true until such a commit passes through here: a cached public
   * page is then answered without a round trip to the engine's thread, which may be busy for a
   * while inside one long statement (a 2 MiB text being written). Otherwise the engine's thread
   * answers, from inside an open transaction if need be (pglite-worker.mjs).
   */
  async ledgerVersion(): Promise<number> {
    if (this.knownLedgerVersion !== undefined) return this.knownLedgerVersion
    const asked = this.ledgerWrites
    const version = Number(await this.call<number | string>({ op: 'ledger-version' }))
    if (asked === this.ledgerWrites) this.knownLedgerVersion = version
    return version
  }

  private knownLedgerVersion: number | undefined
  /** Commits that may have moved the version; a read begun before one of them is not kept. */
  private ledgerWrites = 0

  private forgetLedgerVersion() {
    this.ledgerWrites++
    this.knownLedgerVersion = undefined
  }

  /**
   * The first column of a statement's first row, a text, as UTF-8 bytes (client.ts, readUtf8):
   * encoded on the engine's thread and moved to this one, so that this thread's heap never holds
   * the text (a 2 MiB article is 4 MiB of heap once decoded, twice as it crosses).
   */
  async readUtf8(sql: string, params: unknown[]): Promise<Uint8Array | null> {
    return this.call<Uint8Array | null>({ op: 'utf8', sql, params })
  }

  /** Whether the engine is up: its thread answers (pglite-worker.mjs, 'ping'). */
  async ping(): Promise<void> {
    await this.call({ op: 'ping' })
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    try {
      await this.call({ op: 'close' })
    } finally {
      await this.worker.terminate()
    }
  }
}
