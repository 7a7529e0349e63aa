import { StringDecoder } from 'node:string_decoder'
import { sql } from 'drizzle-orm'
import type { Db, DbOrTx } from '../client.ts'
import { rows } from './catalog.ts'
import { ExportReader } from './export-reader.ts'
import { BackupFormatError, parseHeader } from './format.ts'
import { checkTarget } from './import-target.ts'

export interface ImportOptions {
  /** Rows per INSERT statement (fewer when the rows are large). */
  batchRows?: number
  /** Bytes of JSON per INSERT statement, about. */
  batchBytes?: number
}

export interface ImportSummary {
  rows: Record<string, number>
  totalRows: number
}

/**
 * Splits a byte stream into lines (without their `\n`), decoding UTF-8 across chunk boundaries.
 * A last line without its `\n` is yielded too, after `tail.unterminated` is set.
 */
export async function* readLines(
  input: AsyncIterable<Buffer | string>,
  tail: { unterminated: boolean } = { unterminated: false },
): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8')
  let pending = ''
  for await (const chunk of input) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk)
    let start = 0
    for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n', start)) {
      yield pending.slice(start, end)
      start = end + 1
    }
    pending = pending.slice(start)
  }
  pending += decoder.end()
  if (pending !== '') {
    tail.unterminated = true
    yield pending
  }
}

/**
 * Restores a Claimtrail export (format.ts) into `db`, which must be freshly migrated, at the same
 * migration as the export, and empty. Everything happens in one transaction: a damaged or truncated
 * file, or any refused row, leaves the database as it was. The file is read line by line and
 * inserted in batches, so memory stays flat whatever its size.
 */
export async function importDatabase(
  db: Db,
  input: AsyncIterable<Buffer | string>,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const batchRows = options.batchRows ?? 1_000
  const batchBytes = options.batchBytes ?? 4_000_000
  // The exporter ends every line with \n: a last line without one was cut short.
  const tail = { unterminated: false }
  const lines = readLines(input, tail)[Symbol.asyncIterator]()
  const first = await lines.next()
  const header = parseHeader(first.done ? undefined : first.value)

  return db.transaction(async (tx) => {
    const catalog = await checkTarget(tx, header)
    const reader = new ExportReader(tx, header, catalog, { batchRows, batchBytes }, tail, first.value)
    for (let next = await lines.next(); !next.done; next = await lines.next()) await reader.read(next.value)
    const counts = await reader.end()
    await verifyCaptureHashes(tx, header.tables)
    await resetSequences(tx)
    const totalRows = Object.values(counts).reduce((a, b) => a + b, 0)
    return { rows: counts, totalRows }
  })
}

/**
 * Evidence snapshots are evidence only while their bytes hash to the SHA-256 recorded at capture
 * (ADR 020): a file whose snapshot was altered is refused even when its own checksum was redone.
 */
async function verifyCaptureHashes(tx: DbOrTx, tables: readonly string[]): Promise<void> {
  if (!tables.includes('evidence_captures')) return
  const bad = await rows<{ id: string }>(
    tx,
    sql`select id from evidence_captures where bytes is not null and encode(sha256(bytes), 'hex') is distinct from sha256 order by id limit 3`,
  )
  if (bad.length > 0) {
    throw new BackupFormatError(
      `evidence capture ${bad.map((r) => r.id).join(', ')}: its snapshot does not match its SHA-256 (snapshot corrupted); nothing was imported`,
    )
  }
}

/** Serial and identity sequences continue after the imported keys. */
async function resetSequences(tx: DbOrTx): Promise<void> {
  const sequences = await rows<{ table: string; column: string; sequence: string }>(
    tx,
    sql`select c.relname as "table", a.attname as "column",
               pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) as "sequence"
        from pg_attribute a
        join pg_class c on c.oid = a.attrelid
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema() and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
          and pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) is not null`,
  )
  for (const s of sequences) {
    await tx.execute(
      sql`select setval(${s.sequence}::regclass, coalesce((select max(${sql.identifier(s.column)}) from ${sql.identifier(s.table)}), 0) + 1, false)`,
    )
  }
}
