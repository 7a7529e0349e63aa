import { sql } from 'drizzle-orm'
import type { DbOrTx } from '../client.ts'
import { type Catalog, latestMigration, readCatalog, rows } from './catalog.ts'
import { type ExportHeader, ImportRefusedError, quoteIdent } from './format.ts'

// Migration 0002 writes the default rating scale into every new database. A freshly migrated
// database therefore holds these rows and still counts as empty: the import replaces them with the
// exported ones. Any other row means someone has used the database.
const MIGRATION_DATA_TABLES = new Set(['rating_scales', 'ratings'])

/** Refuses a target at another migration, with other tables, or holding data; returns its tables. */
export async function checkTarget(tx: DbOrTx, header: ExportHeader): Promise<Catalog> {
  const migration = await latestMigration(tx)
  if (!migration) throw new ImportRefusedError('the target database has no migrations applied')
  if (migration.hash !== header.schemaMigration.hash) {
    throw new ImportRefusedError(
      `${migrationMismatch(header.schemaMigration, migration)}: import with the Claimtrail version that wrote the export`,
    )
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
  await emptyTarget(tx, names)
  return catalog
}

type Migration = { tag: string | null; hash: string }

function migrationMismatch(exported: Migration, target: Migration): string {
  const name = (m: Migration) => m.tag ?? `unknown migration ${m.hash.slice(0, 12)}`
  const checksum = (m: { hash: string }) => `${m.hash.slice(0, 12)}…`
  // Same name, other checksum: one of the two sides ran an edited migration. Say so, or the
  // message would read "X but the target is at X".
  return exported.tag !== null && exported.tag === target.tag
    ? `the export's migration ${target.tag} differs from this database's (checksum ${checksum(exported)} in the export, ${checksum(target)} here)`
    : `the export is at migration ${name(exported)} but this database is at ${name(target)}`
}

/** Refuses a target holding data; deletes what a migration wrote, which the export replaces. */
async function emptyTarget(tx: DbOrTx, names: string[]): Promise<void> {
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
}
