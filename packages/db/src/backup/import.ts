import { createHash } from 'node:crypto'
import { StringDecoder } from 'node:string_decoder'
import { sql } from 'drizzle-orm'
import type { Db, DbOrTx } from '../client.ts'
import { type Catalog, latestMigration, readCatalog, rows, type Table } from './catalog.ts'
import {
  BackupFormatError,
  decodeColumn,
  type ExportHeader,
  type ExportTrailer,
  ImportRefusedError,
  parseHeader,
  parseObjectLineKind,
  quoteIdent,
} from './format.ts'

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

// Migration 0002 writes the default rating scale into every new database. A freshly migrated
// database therefore holds these rows and still counts as empty: the import replaces them with the
// exported ones. Any other row means someone has used the database.
const MIGRATION_DATA_TABLES = new Set(['rating_scales', 'ratings'])

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

/** The cause a driver error carries: drizzle's own message repeats the whole statement and its parameters. */
function databaseMessage(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error
  return cause instanceof Error ? cause.message : String(cause)
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
    const byName = new Map(catalog.tables.map((t) => [t.name, t]))
    const hash = createHash('sha256')
    hash.update(`${first.value}\n`)
    const counts: Record<string, number> = {}
    let lineNumber = 1
    let loader: TableLoader | undefined
    let trailer: ExportTrailer | undefined
    let trailerLine = 0

    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      lineNumber++
      const line = next.value
      if (tail.unterminated && !line.startsWith('{"end"')) {
        throw new BackupFormatError(
          `the file ends in the middle of line ${lineNumber}: it is truncated; nothing was imported`,
        )
      }
      if (trailer) {
        if (line.trim() === '') continue
        throw new BackupFormatError(`line ${lineNumber}: data after the trailer on line ${trailerLine}`)
      }
      if (line.startsWith('[')) {
        if (!loader) throw new BackupFormatError(`line ${lineNumber}: a row before any table line`)
        hash.update(`${line}\n`)
        await loader.add(line, lineNumber)
        continue
      }
      if (!line.startsWith('{')) {
        throw new BackupFormatError(`line ${lineNumber}: neither a row, a table nor the trailer`)
      }
      const object = parseObjectLineKind(line, lineNumber)
      if (loader) counts[loader.table.name] = await loader.finish()
      loader = undefined
      if (object.kind === 'trailer') {
        trailer = object.value
        trailerLine = lineNumber
        continue
      }
      hash.update(`${line}\n`)
      const { table: name, columns } = object.value
      const expected = header.tables[Object.keys(counts).length]
      if (name !== expected) {
        throw new BackupFormatError(
          `line ${lineNumber}: table ${name} where the header announces ${expected ?? 'no more tables'}`,
        )
      }
      const table = byName.get(name)
      if (!table) throw new BackupFormatError(`line ${lineNumber}: no table ${name} in the target database`)
      loader = new TableLoader(tx, table, columns, lineNumber, { batchRows, batchBytes })
    }
    if (loader) counts[loader.table.name] = await loader.finish()

    if (!trailer) {
      throw new BackupFormatError(
        `the file ends at line ${lineNumber} without its trailer: it is truncated; nothing was imported`,
      )
    }
    const sha256 = hash.digest('hex')
    if (sha256 !== trailer.sha256) {
      throw new BackupFormatError(
        'the file does not match its checksum (sha256): it was damaged or edited; nothing was imported',
      )
    }
    for (const name of header.tables) {
      if (counts[name] === undefined) throw new BackupFormatError(`table ${name} is missing from the file`)
      if (trailer.rows[name] !== counts[name]) {
        throw new BackupFormatError(
          `table ${name}: ${counts[name]} rows in the file, the trailer says ${trailer.rows[name] ?? 'none'}`,
        )
      }
    }
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

/** Refuses a target at another migration, with other tables, or holding data; returns its tables. */
async function checkTarget(tx: DbOrTx, header: ExportHeader): Promise<Catalog> {
  const migration = await latestMigration(tx)
  if (!migration) throw new ImportRefusedError('the target database has no migrations applied')
  if (migration.hash !== header.schemaMigration.hash) {
    const name = (m: { tag: string | null; hash: string }) =>
      m.tag ?? `unknown migration ${m.hash.slice(0, 12)}`
    const checksum = (m: { hash: string }) => `${m.hash.slice(0, 12)}…`
    // Same name, other checksum: one of the two sides ran an edited migration. Say so, or the
    // message would read "X but the target is at X".
    const which =
      header.schemaMigration.tag !== null && header.schemaMigration.tag === migration.tag
        ? `the export's migration ${migration.tag} differs from this database's (checksum ${checksum(header.schemaMigration)} in the export, ${checksum(migration)} here)`
        : `the export is at migration ${name(header.schemaMigration)} but this database is at ${name(migration)}`
    throw new ImportRefusedError(`${which}: import with the Claimtrail version that wrote the export`)
  }
  const catalog = await readCatalog(tx)
  const names = catalog.tables.map((t) => t.name)
  const missing = header.tables.filter((t) => !names.includes(t))
  const extra = names.filter((t) => !header.tables.includes(t))
  if (missing.length > 0 || extra.length > 0) {
    throw new ImportRefusedError(
      `the export's tables do not match this database's (${[...missing.map((t) => `only in the export: ${t}`), ...extra.map((t) => `only in the target: ${t}`)].join(', ')})`,
    )
  }
  // Nothing else may write while the import runs.
  await tx.execute(sql.raw(`lock table ${names.map(quoteIdent).join(', ')} in exclusive mode`))
  const used: string[] = []
  const filled: string[] = []
  for (const name of names) {
    const [row] = await rows<{ present: boolean }>(
      tx,
      sql.raw(`select exists (select 1 from ${quoteIdent(name)}) as present`),
    )
    if (!row?.present) continue
    if (MIGRATION_DATA_TABLES.has(name)) filled.push(name)
    else used.push(name)
  }
  if (used.length > 0) {
    const shown = used.length > 4 ? [...used.slice(0, 3), `${used.length - 3} more tables`] : used
    throw new ImportRefusedError(
      `the target database is not empty (rows in ${shown.join(', ')}): import into a new, freshly migrated database`,
    )
  }
  // Children first; the default scale a migration wrote gives way to the exported one.
  for (const name of [...names].reverse()) {
    if (filled.includes(name)) await tx.execute(sql.raw(`delete from ${quoteIdent(name)}`))
  }
  return catalog
}

/** Inserts one table's rows in batches; links self-references once all its rows are in. */
class TableLoader {
  private batch: string[] = []
  private batchSize = 0
  private batchFirstLine = 0
  private count = 0
  private readonly insert: { prefix: string; suffix: string }
  /** Per self-referencing column: its position in the file, and [key…, value] of the rows to link. */
  private readonly links: { column: string; index: number; pending: unknown[][] }[]
  private readonly keyIndexes: number[]

  constructor(
    private readonly tx: DbOrTx,
    readonly table: Table,
    private readonly columns: string[],
    lineNumber: number,
    private readonly limits: { batchRows: number; batchBytes: number },
  ) {
    const known = new Map(table.columns.map((c) => [c.name, c]))
    const unknown = columns.filter((c) => !known.has(c))
    const absent = table.columns.filter((c) => !columns.includes(c.name)).map((c) => c.name)
    if (unknown.length > 0 || absent.length > 0 || new Set(columns).size !== columns.length) {
      throw new BackupFormatError(
        `line ${lineNumber}: the columns of ${table.name} do not match the target's (${[...unknown.map((c) => `unknown ${c}`), ...absent.map((c) => `missing ${c}`)].join(', ') || 'repeated column'})`,
      )
    }
    this.links = table.selfReferences.map((column) => ({
      column,
      index: columns.indexOf(column),
      pending: [],
    }))
    this.keyIndexes = table.orderBy.map((c) => columns.indexOf(c))
    const values = columns.map((name, i) => {
      const column = known.get(name)
      if (!column) throw new Error('unreachable')
      return table.selfReferences.includes(name) ? 'null' : decodeColumn('r.v', i, column.type)
    })
    // OVERRIDING SYSTEM VALUE: identity columns keep the exported values.
    this.insert = {
      prefix: `insert into ${quoteIdent(table.name)} (${columns.map(quoteIdent).join(', ')}) overriding system value select ${values.join(', ')} from jsonb_array_elements(`,
      suffix: '::jsonb) as r(v)',
    }
  }

  async add(line: string, lineNumber: number): Promise<void> {
    if (this.batch.length === 0) this.batchFirstLine = lineNumber
    this.batch.push(line)
    this.batchSize += line.length
    this.count++
    if (this.links.length > 0) this.remember(line, lineNumber)
    if (this.batch.length >= this.limits.batchRows || this.batchSize >= this.limits.batchBytes)
      await this.flush()
  }

  async finish(): Promise<number> {
    await this.flush()
    for (const link of this.links) await this.link(link)
    return this.count
  }

  private remember(line: string, lineNumber: number): void {
    let row: unknown
    try {
      row = JSON.parse(line)
    } catch {
      throw new BackupFormatError(`line ${lineNumber}: not valid JSON (is the file damaged?)`)
    }
    if (!Array.isArray(row)) throw new BackupFormatError(`line ${lineNumber}: a row must be a JSON array`)
    for (const link of this.links) {
      const value = row[link.index]
      if (value !== null && value !== undefined)
        link.pending.push([...this.keyIndexes.map((i) => row[i]), value])
    }
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return
    const json = `[${this.batch.join(',')}]`
    const lastLine = this.batchFirstLine + this.batch.length - 1
    this.batch = []
    this.batchSize = 0
    try {
      await this.tx.execute(sql`${sql.raw(this.insert.prefix)}${json}${sql.raw(this.insert.suffix)}`)
    } catch (error) {
      throw new BackupFormatError(
        `table ${this.table.name}, lines ${this.batchFirstLine}–${lastLine}: ${databaseMessage(error)}; nothing was imported`,
      )
    }
  }

  private async link(link: { column: string; index: number; pending: unknown[][] }): Promise<void> {
    const columns = new Map(this.table.columns.map((c) => [c.name, c]))
    const type = (name: string) => columns.get(name)?.type
    const keyMatch = this.table.orderBy
      .map((name, i) => `t.${quoteIdent(name)} = (r.v->>${i})::${type(name)?.sqlType}`)
      .join(' and ')
    const target = type(link.column)
    if (!target) return
    const valueIndex = this.table.orderBy.length
    const statement = `update ${quoteIdent(this.table.name)} t set ${quoteIdent(link.column)} = ${decodeColumn('r.v', valueIndex, target)} from jsonb_array_elements(`
    for (let from = 0; from < link.pending.length; from += this.limits.batchRows) {
      const json = JSON.stringify(link.pending.slice(from, from + this.limits.batchRows))
      try {
        await this.tx.execute(
          sql`${sql.raw(statement)}${json}${sql.raw(`::jsonb) as r(v) where ${keyMatch}`)}`,
        )
      } catch (error) {
        throw new BackupFormatError(
          `table ${this.table.name}, ${link.column}: ${databaseMessage(error)}; nothing was imported`,
        )
      }
    }
    link.pending = []
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
