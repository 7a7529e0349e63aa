import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type SQL, sql } from 'drizzle-orm'
import type { DbOrTx } from '../client.ts'
import { MIGRATIONS_DIR } from '../migrate.ts'
import {
  type ColumnType,
  compareCodePoints,
  type ForeignKeyEdge,
  orderTables,
  type SchemaMigration,
} from './format.ts'

// The tables are read from the database's own catalog rather than from the drizzle objects: the
// export must hold every table the migrations made, whether or not TypeScript declares it, and a
// generated column (computed by the database) must be left out on both sides.

export interface Column {
  name: string
  type: ColumnType
  notNull: boolean
  /** Text-like types sort by collation; the export sorts them by code point (COLLATE "C"). */
  collatable: boolean
}

export interface Table {
  name: string
  /** Stored columns, in table order; generated columns are left out. */
  columns: Column[]
  /** The columns rows are ordered by: the primary key, else a not-null unique key, else all. */
  orderBy: string[]
  /** Whether orderBy identifies a row (primary or unique key). */
  keyed: boolean
  /** Nullable single columns referencing the table itself (e.g. entities.merged_into_id). */
  selfReferences: string[]
}

export interface Catalog {
  /** Parents before children. */
  tables: Table[]
}

export async function rows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] }
  return result.rows
}

/**
 * Tables that are state of the running system, not data: ledger_state is a counter the database
 * raises on every write (a restore raises it too), so carrying it would make export → import →
 * export differ by one.
 */
const NOT_EXPORTED = ['ledger_state']

const intList = (vector: string) => vector.trim().split(/\s+/).map(Number)

/** The tables of the schema the migrations create (the connection's current schema). */
export async function readCatalog(db: DbOrTx): Promise<Catalog> {
  const tableRows = await rows<{ oid: number; name: string }>(
    db,
    sql`select c.oid::int as oid, c.relname as name
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition`,
  ).then((all) => all.filter((t) => !NOT_EXPORTED.includes(t.name)))
  const columnRows = await rows<{
    table_oid: number
    num: number
    name: string
    type_name: string
    sql_type: string
    category: string
    element_type_name: string | null
    not_null: boolean
    collatable: boolean
  }>(
    db,
    sql`select a.attrelid::int as table_oid, a.attnum::int as num, a.attname as name,
               t.typname as type_name, format_type(a.atttypid, null) as sql_type,
               t.typcategory::text as category, e.typname as element_type_name,
               a.attnotnull as not_null, a.attcollation <> 0 as collatable
        from pg_attribute a
        join pg_class c on c.oid = a.attrelid
        join pg_namespace n on n.oid = c.relnamespace
        join pg_type t on t.oid = a.atttypid
        left join pg_type e on e.oid = t.typelem and t.typcategory = 'A'
        where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
          and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
        order by a.attrelid, a.attnum`,
  )
  const keyRows = await rows<{ table_oid: number; primary: boolean; name: string; columns: string }>(
    db,
    sql`select i.indrelid::int as table_oid, i.indisprimary as primary, ic.relname as name,
               i.indkey::text as columns
        from pg_index i
        join pg_class ic on ic.oid = i.indexrelid
        join pg_class c on c.oid = i.indrelid
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema() and i.indisunique and i.indpred is null and i.indexprs is null`,
  )
  const foreignKeyRows = await rows<{ table_oid: number; ref_oid: number; columns: string }>(
    db,
    sql`select f.conrelid::int as table_oid, f.confrelid::int as ref_oid,
               array_to_string(f.conkey, ' ') as columns
        from pg_constraint f
        join pg_class c on c.oid = f.conrelid
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema() and f.contype = 'f'`,
  )

  const nameOf = new Map(tableRows.map((t) => [Number(t.oid), t.name]))
  const tables = new Map<string, Table>()
  for (const t of tableRows) {
    const oid = Number(t.oid)
    const columns = columnRows.filter((c) => Number(c.table_oid) === oid)
    const columnName = new Map(columns.map((c) => [Number(c.num), c.name]))
    const notNull = new Map(columns.map((c) => [Number(c.num), c.not_null]))
    const keys = keyRows
      .filter((k) => Number(k.table_oid) === oid)
      .map((k) => ({ ...k, nums: intList(k.columns) }))
      .filter((k) => k.nums.every((n) => columnName.has(n) && (k.primary || notNull.get(n))))
      .sort(
        (a, b) =>
          Number(b.primary) - Number(a.primary) ||
          a.nums.length - b.nums.length ||
          compareCodePoints(a.name, b.name),
      )
    const key = keys[0]
    const selfReferences = foreignKeyRows
      .filter((f) => Number(f.table_oid) === oid && Number(f.ref_oid) === oid)
      .map((f) => intList(f.columns))
      .filter((nums) => nums.length === 1 && nums[0] !== undefined && !notNull.get(nums[0]))
      .map((nums) => columnName.get(nums[0] as number) as string)
    tables.set(t.name, {
      name: t.name,
      columns: columns.map((c) => ({
        name: c.name,
        type: {
          typeName: c.type_name,
          sqlType: c.sql_type,
          category: c.category,
          elementTypeName: c.element_type_name,
        },
        notNull: c.not_null,
        collatable: c.collatable,
      })),
      // json has no ordering; any table worth exporting has a key anyway.
      orderBy: key
        ? key.nums.map((n) => columnName.get(n) as string)
        : columns.filter((c) => c.type_name !== 'json').map((c) => c.name),
      keyed: key !== undefined,
      // Without a key the second step could not find the row again: rely on the end-of-statement check.
      selfReferences: key ? selfReferences : [],
    })
  }
  const edges: ForeignKeyEdge[] = foreignKeyRows.flatMap((f) => {
    const table = nameOf.get(Number(f.table_oid))
    const references = nameOf.get(Number(f.ref_oid))
    return table && references ? [{ table, references }] : []
  })
  const order = orderTables([...tables.keys()], edges)
  return { tables: order.map((name) => tables.get(name) as Table) }
}

/** The SQL ORDER BY of a table's rows: byte order for text, whatever the database's collation. */
export function orderByClause(table: Table): string {
  return table.orderBy
    .map((name) => {
      const column = table.columns.find((c) => c.name === name)
      return `"${name.replaceAll('"', '""')}"${column?.collatable ? ' collate "C"' : ''}`
    })
    .join(', ')
}

let journalTags: Map<number, string> | undefined

/** `when` → tag of the committed migrations, to name the applied one in the header. */
function migrationTags(): Map<number, string> {
  if (!journalTags) {
    try {
      const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as {
        entries: { when: number; tag: string }[]
      }
      journalTags = new Map(journal.entries.map((e) => [e.when, e.tag]))
    } catch {
      journalTags = new Map()
    }
  }
  return journalTags
}

/** The latest migration drizzle applied to this database (its bookkeeping table). */
export async function latestMigration(db: DbOrTx): Promise<SchemaMigration | null> {
  const exists = await rows<{ present: boolean }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  )
  if (!exists[0]?.present) return null
  const [latest] = await rows<{ hash: string; created_at: string }>(
    db,
    sql`select hash, created_at::text as created_at from drizzle.__drizzle_migrations
        order by created_at desc, id desc limit 1`,
  )
  if (!latest) return null
  return { tag: migrationTags().get(Number(latest.created_at)) ?? null, hash: latest.hash }
}
