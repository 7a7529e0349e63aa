import { createHash } from 'node:crypto'
import { once } from 'node:events'
import type { Writable } from 'node:stream'
import { sql } from 'drizzle-orm'
import type { Db, DbOrTx } from '../client.ts'
import { latestMigration, orderByClause, readCatalog, rows, type Table } from './catalog.ts'
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportHeader, type ExportTrailer, encodeRow } from './format.ts'

export interface ExportOptions {
  /** Rows fetched per round trip. */
  batchSize?: number
}

export interface ExportSummary {
  rows: Record<string, number>
  totalRows: number
  bytes: number
  sha256: string
}

const CURSOR = 'claimtrail_export'

/**
 * Writes the whole database to `out` as a Claimtrail export (format.ts). One read-only,
 * repeatable-read transaction: the file is one consistent snapshot even while the app runs.
 * Rows stream through a cursor a batch at a time, so memory stays flat whatever the size.
 * `out` is not ended: the caller owns it (it may be stdout).
 */
export async function exportDatabase(
  db: Db,
  out: Writable,
  options: ExportOptions = {},
): Promise<ExportSummary> {
  const batchSize = options.batchSize ?? 1_000
  const hash = createHash('sha256')
  let bytes = 0
  const write = async (chunk: string) => {
    hash.update(chunk)
    bytes += Buffer.byteLength(chunk)
    if (!out.write(chunk)) await once(out, 'drain')
  }

  return db.transaction(
    async (tx) => {
      // Values are written by to_json, whose output depends on these settings: fix them, so that
      // PGlite and PostgreSQL, whatever their configuration, write the same bytes.
      await tx.execute(sql`set local timezone = 'UTC'`)
      await tx.execute(sql`set local extra_float_digits = 1`)
      await tx.execute(sql`set local intervalstyle = 'postgres'`)
      const migration = await latestMigration(tx)
      if (!migration) throw new Error('the database has no migrations applied: nothing to export')
      const { tables } = await readCatalog(tx)
      const header: ExportHeader = {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        schemaMigration: migration,
        tables: tables.map((t) => t.name),
      }
      await write(`${JSON.stringify(header)}\n`)
      const counts: Record<string, number> = {}
      for (const table of tables) {
        await write(`${JSON.stringify({ table: table.name, columns: table.columns.map((c) => c.name) })}\n`)
        counts[table.name] = await exportTable(tx, table, batchSize, write)
      }
      const sha256 = hash.digest('hex')
      const trailer: ExportTrailer = { end: EXPORT_FORMAT, rows: counts, sha256 }
      const last = `${JSON.stringify(trailer)}\n`
      bytes += Buffer.byteLength(last)
      if (!out.write(last)) await once(out, 'drain')
      const totalRows = Object.values(counts).reduce((a, b) => a + b, 0)
      return { rows: counts, totalRows, bytes, sha256 }
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  )
}

async function exportTable(
  tx: DbOrTx,
  table: Table,
  batchSize: number,
  write: (chunk: string) => Promise<void>,
): Promise<number> {
  // A cursor rather than keyset pages: one ordered scan (the key's index), no re-planning per page,
  // and it works the same for a table without a single-column key.
  await tx.execute(
    sql.raw(
      `declare ${CURSOR} no scroll cursor for select ${encodeRow(table.columns)} as r from "${table.name.replaceAll('"', '""')}" order by ${orderByClause(table)}`,
    ),
  )
  let count = 0
  for (;;) {
    const batch = await rows<{ r: string }>(tx, sql.raw(`fetch ${batchSize} from ${CURSOR}`))
    if (batch.length === 0) break
    count += batch.length
    let chunk = ''
    for (const row of batch) chunk += `${row.r}\n`
    await write(chunk)
  }
  // On failure the transaction's end closes it.
  await tx.execute(sql.raw(`close ${CURSOR}`))
  return count
}
