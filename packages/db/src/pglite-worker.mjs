// The embedded database's thread (pglite-client.ts). Plain JavaScript, so that the same file runs
// under tsx, under Vitest and beside the compiled server without a TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads'
import { PGlite } from '@electric-sql/pglite'

const port = parentPort
if (!port) throw new Error('pglite-worker.mjs runs as a worker thread')

/** An error as plain data: the driver's fields (code, detail, constraint…) survive the crossing. */
function serialise(error) {
  const out = { message: error instanceof Error ? error.message : String(error) }
  if (error && typeof error === 'object') {
    for (const key of [
      'name',
      'code',
      'detail',
      'hint',
      'constraint',
      'table',
      'column',
      'schema',
      'severity',
      'position',
      'where',
      'routine',
    ]) {
      if (typeof error[key] === 'string') out[key] = error[key]
    }
  }
  return out
}

const identity = (value) => value
/** drizzle asks for some types as the text PostgreSQL sent (timestamps, dates, intervals…). */
function queryOptions(options) {
  if (!options) return undefined
  const parsers = {}
  for (const oid of options.rawTypes ?? []) parsers[oid] = identity
  return { rowMode: options.rowMode, parsers }
}

/**
 * PGlite's start parameters with shared_buffers set: the buffers sit inside the WebAssembly memory
 * and are touched at start, so PGlite's default of 128 MB was the largest part of an idle server's
 * memory (bench/README.md, "Heavy work").
 */
function engineOptions(engine, settings) {
  return { startParams: [...engine.defaultStartParams, '-c', `shared_buffers=${settings.sharedBuffersMb}MB`] }
}

let db
try {
  db = await PGlite.create(workerData.dataDir, engineOptions(PGlite, workerData.settings))
  port.postMessage({ ready: true })
} catch (error) {
  port.postMessage({ ready: false, error: serialise(error) })
}

/** Open transactions: their PGlite transaction object, and how to end it. */
const transactions = new Map()
let nextTransaction = 1
const ROLLBACK = Symbol('rollback')

async function handle(message) {
  switch (message.op) {
    case 'query': {
      const open = message.tx ? transactions.get(message.tx) : undefined
      const target = message.tx ? open?.tx : db
      if (!target) throw new Error('the transaction has already ended')
      const result = await target.query(message.sql, message.params, queryOptions(message.options))
      if (open && !open.noted) await noteLedgerVersion(open)
      return { rows: result.rows, fields: result.fields, affectedRows: result.affectedRows }
    }
    case 'begin': {
      const id = nextTransaction++
      let end
      const ended = new Promise((resolve) => {
        end = resolve
      })
      let began
      const started = new Promise((resolve) => {
        began = resolve
      })
      // PGlite's own transaction (its lock keeps other queries out until it ends); it waits for
      // 'end' from the main thread: commit, or roll back.
      const done = db
        .transaction(async (tx) => {
          transactions.set(id, { tx, end, version: null, noted: false })
          began()
          if (!(await ended)) throw ROLLBACK
        })
        .finally(() => transactions.delete(id))
      done.catch(() => {}) // reported to 'end'
      pending.set(id, done)
      await Promise.race([started, done])
      return id
    }
    case 'end':
      return end(message)
    case 'utf8':
      return utf8(message)
    case 'ping':
      return ping()
    case 'ledger-version':
      return ledgerVersion()
    case 'close':
      if (!db.closed) await db.close()
      return null
    default:
      throw new Error(`unknown operation ${message.op}`)
  }
}
const pending = new Map()

const encoder = new TextEncoder()

/** The first column of the first row (a text) as UTF-8 bytes, moved to the main thread ('utf8'). */
async function utf8(message) {
  const result = await db.query(message.sql, message.params, { rowMode: 'array' })
  const value = result.rows[0]?.[0]
  return value == null ? null : encoder.encode(String(value))
}

/** Commits or rolls back an open transaction ('begin'). */
async function end(message) {
  const open = transactions.get(message.tx)
  const done = pending.get(message.tx)
  pending.delete(message.tx)
  if (!open || !done) throw new Error('the transaction has already ended')
  open.end(message.commit)
  try {
    await done
  } catch (error) {
    if (error !== ROLLBACK) throw error
  }
  return null
}

/**
 * A liveness probe (/healthz). While a transaction holds the one connection (a re-import writing
 * its claims, say), a `select 1` would wait for it to end, and the probe would report a busy
 * database as a slow one; this thread answering between the transaction's statements is the proof
 * that the engine is up. Otherwise the engine itself answers.
 */
async function ping() {
  if (transactions.size === 0) await db.query('select 1')
  return null
}

/**
 * The public ledger's version (ledger_state, migration 0009) as last committed. The public response
 * cache checks it on every request; answered from here, cached public pages are served while a
 * long write (a re-import) holds the engine's one connection, instead of every reader waiting.
 *
 * Nothing else commits while a transaction is open (one connection), and the version is raised
 * only when a writing transaction commits (a deferred trigger), so the version read inside the
 * open transaction is the committed one until it ends. It is read after the transaction's first
 * statement, which may have to be its SET TRANSACTION. Until the table is known to exist (a new
 * database being migrated) it is not read inside transactions, where an error would abort them.
 */
const LEDGER_VERSION = 'select version from ledger_state where id = 1'
let ledgerTable = false

async function noteLedgerVersion(open) {
  open.noted = true
  if (!ledgerTable) return
  try {
    open.version = (await open.tx.query(LEDGER_VERSION)).rows[0]?.version ?? null
  } catch {
    // The transaction failed already (its first statement): readers wait for it to end.
  }
}

async function ledgerVersion() {
  for (const open of transactions.values()) if (open.version !== null) return open.version
  const version = (await db.query(LEDGER_VERSION)).rows[0]?.version ?? 0
  ledgerTable = true
  return version
}

port.on('message', (message) => {
  handle(message).then(
    // Bytes (the 'utf8' answer, a buffer of their own) are moved, not copied.
    (result) =>
      port.postMessage({ id: message.id, result }, result instanceof Uint8Array ? [result.buffer] : []),
    (error) => port.postMessage({ id: message.id, error: serialise(error) }),
  )
})
