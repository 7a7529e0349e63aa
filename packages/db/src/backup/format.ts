// The Claimtrail export format, version 1: JSON Lines, one JSON value per line, UTF-8.
//
//   {"format":"claimtrail-export","version":1,"schemaMigration":{…},"tables":[…]}   header
//   {"table":"users","columns":["id","email",…]}                                     a table…
//   ["0b6e…","a@example.com",…]                                                     …its rows
//   …
//   {"end":"claimtrail-export","rows":{"users":3,…},"sha256":"…"}                    trailer
//
// Tables come parents first (foreign-key order), so an import inserts them as they come; rows come
// in key order, each value encoded by SQL (never through a JS Date or number), so that the same
// data always gives the same bytes, on PGlite and on PostgreSQL. The trailer's counts and sha256
// (of every byte before the trailer) tell a complete file from a truncated or damaged one.

export const EXPORT_FORMAT = 'claimtrail-export'
export const EXPORT_VERSION = 1

/** The latest migration applied to the database the export was taken from. */
export interface SchemaMigration {
  /** The migration's file name without `.sql`, when this code knows it. */
  tag: string | null
  /** drizzle's sha256 of the migration's SQL. */
  hash: string
}

export interface ExportHeader {
  format: typeof EXPORT_FORMAT
  version: number
  schemaMigration: SchemaMigration
  tables: string[]
}

export interface TableLine {
  table: string
  columns: string[]
}

export interface ExportTrailer {
  end: typeof EXPORT_FORMAT
  rows: Record<string, number>
  sha256: string
}

/** The file is not a Claimtrail export this code can read, or does not fit the target database. */
export class BackupFormatError extends Error {
  override name = 'BackupFormatError'
}

/** The target database cannot receive an import (not empty, other schema). */
export class ImportRefusedError extends Error {
  override name = 'ImportRefusedError'
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string')

function parseObjectLine(line: string, lineNumber: number): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    throw new BackupFormatError(`line ${lineNumber}: not valid JSON (is the file damaged?)`)
  }
  if (!isObject(value)) throw new BackupFormatError(`line ${lineNumber}: expected a JSON object`)
  return value
}

export function parseHeader(line: string | undefined): ExportHeader {
  if (line === undefined || line === '') throw new BackupFormatError('the file is empty: no export header')
  if (!line.startsWith('{')) throw new BackupFormatError('not a Claimtrail export: line 1 is not a header')
  const value = parseObjectLine(line, 1)
  if (value.format !== EXPORT_FORMAT) {
    throw new BackupFormatError(`not a Claimtrail export: format is ${JSON.stringify(value.format)}`)
  }
  if (value.version !== EXPORT_VERSION) {
    throw new BackupFormatError(
      `unsupported export format version ${JSON.stringify(value.version)}: this Claimtrail reads version ${EXPORT_VERSION}`,
    )
  }
  const migration = value.schemaMigration
  if (
    !isObject(migration) ||
    typeof migration.hash !== 'string' ||
    !(migration.tag === null || typeof migration.tag === 'string')
  ) {
    throw new BackupFormatError('export header: schemaMigration must be { tag, hash }')
  }
  if (!isStringArray(value.tables))
    throw new BackupFormatError('export header: tables must be a list of names')
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    schemaMigration: { tag: migration.tag, hash: migration.hash },
    tables: value.tables,
  }
}

export type ObjectLine = { kind: 'table'; value: TableLine } | { kind: 'trailer'; value: ExportTrailer }

/** A line starting with `{` after the header: a table's start or the trailer. */
export function parseObjectLineKind(line: string, lineNumber: number): ObjectLine {
  const value = parseObjectLine(line, lineNumber)
  if (typeof value.table === 'string') {
    if (!isStringArray(value.columns) || value.columns.length === 0) {
      throw new BackupFormatError(`line ${lineNumber}: table ${value.table} has no column list`)
    }
    return { kind: 'table', value: { table: value.table, columns: value.columns } }
  }
  if (value.end === EXPORT_FORMAT) {
    const rows = value.rows
    if (
      !isObject(rows) ||
      !Object.values(rows).every((n) => Number.isInteger(n)) ||
      typeof value.sha256 !== 'string'
    ) {
      throw new BackupFormatError(`line ${lineNumber}: malformed trailer`)
    }
    return {
      kind: 'trailer',
      value: { end: EXPORT_FORMAT, rows: rows as Record<string, number>, sha256: value.sha256 },
    }
  }
  throw new BackupFormatError(`line ${lineNumber}: neither a table nor the trailer`)
}

// --- Table order ---------------------------------------------------------------------------------

export interface ForeignKeyEdge {
  /** The referencing table. */
  table: string
  /** The referenced table. */
  references: string
}

/**
 * Tables ordered so that every table comes after the tables it references (Kahn's algorithm, ties
 * by name so the order never depends on catalog order). A table referencing itself is fine (its
 * rows are linked in a second step); any other cycle cannot be loaded in order and is refused.
 */
export function orderTables(tables: readonly string[], edges: readonly ForeignKeyEdge[]): string[] {
  const known = new Set(tables)
  const parents = new Map<string, Set<string>>(tables.map((t) => [t, new Set<string>()]))
  for (const { table, references } of edges) {
    if (table === references || !known.has(table) || !known.has(references)) continue
    parents.get(table)?.add(references)
  }
  const ordered: string[] = []
  const done = new Set<string>()
  const remaining = [...tables].sort(compareCodePoints)
  while (remaining.length > 0) {
    const next = remaining.findIndex((t) => [...(parents.get(t) ?? [])].every((p) => done.has(p)))
    if (next < 0) {
      throw new Error(
        `cannot order tables for export: foreign keys form a cycle among ${remaining.join(', ')}`,
      )
    }
    const [table] = remaining.splice(next, 1)
    if (table === undefined) break
    ordered.push(table)
    done.add(table)
  }
  return ordered
}

/** Code-point order, the same everywhere (localeCompare is not). */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

// --- Value encoding ------------------------------------------------------------------------------

/** What the exporter and importer need to know of a column's type. */
export interface ColumnType {
  /** pg_type.typname, e.g. `uuid`, `int8`, `_text` (arrays start with `_`), `claim_status`. */
  typeName: string
  /** The type as SQL spells it, without modifiers: `uuid`, `text[]`, `claim_status`. */
  sqlType: string
  /** pg_type.typcategory: `A` array, `N` numeric, `S` string… */
  category: string
  /** The array's element typname (arrays only). */
  elementTypeName?: string | null
}

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`

// Integers wider than a double and exact decimals travel as strings: a JSON reader in JavaScript
// would round them otherwise.
const AS_TEXT = new Set(['int8', 'numeric', 'money'])

/**
 * SQL giving a column's value as JSON text. to_json writes timestamps as ISO 8601 with all their
 * microseconds (in the session time zone, which the exporter sets to UTC), arrays as JSON arrays,
 * jsonb as its canonical text; bytea goes as base64.
 */
export function encodeColumn(column: string, type: ColumnType): string {
  const c = quoteIdent(column)
  let json: string
  if (type.typeName === 'bytea') json = `to_json(encode(${c}, 'base64'))`
  else if (AS_TEXT.has(type.typeName)) json = `to_json(${c}::text)`
  else if (type.category === 'A' && AS_TEXT.has(type.elementTypeName ?? '')) json = `to_json(${c}::text[])`
  else json = `to_json(${c})`
  return `coalesce(${json}::text, 'null')`
}

/** SQL for one exported row: a JSON array of its values, in column order. */
export function encodeRow(columns: readonly { name: string; type: ColumnType }[]): string {
  // Concatenation rather than json_build_array: no 100-argument limit, and the separators are ours.
  return `'[' || ${columns.map((c) => encodeColumn(c.name, c.type)).join(` || ',' || `)} || ']'`
}

/**
 * SQL turning element `index` of the jsonb row `row` back into the column's type. JSON null is
 * SQL NULL (a jsonb column holding the JSON value null comes back as NULL).
 */
export function decodeColumn(row: string, index: number, type: ColumnType): string {
  const value = `${row}->${index}`
  const text = `${row}->>${index}`
  if (type.typeName === 'bytea') return `decode(${text}, 'base64')`
  if (type.typeName === 'jsonb' || type.typeName === 'json') {
    return `(case when jsonb_typeof(${value}) = 'null' then null else (${value})::${type.sqlType} end)`
  }
  if (type.category === 'A') {
    return `(case when jsonb_typeof(${value}) = 'array' then array(select jsonb_array_elements_text(${value}))::${type.sqlType} else (${text})::${type.sqlType} end)`
  }
  return `(${text})::${type.sqlType}`
}
