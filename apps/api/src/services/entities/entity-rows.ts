import type { Entity } from '@claimtrail/contracts'
import { type DbOrTx, schema } from '@claimtrail/db'
import { eq } from 'drizzle-orm'
import { ConflictError } from '../../errors.ts'

// Entity rows: their API shape, locks and the checks every write makes.

const { entities } = schema

export type EntityRow = typeof entities.$inferSelect

export function toEntity(row: EntityRow): Entity {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    aliases: row.aliases,
    wikidataId: row.wikidataId,
    description: row.description,
    mergedIntoId: row.mergedIntoId,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

export async function lockEntity(tx: DbOrTx, entityId: string): Promise<EntityRow | undefined> {
  const [row] = await tx.select().from(entities).where(eq(entities.id, entityId)).for('update')
  return row
}

export function assertNotMerged(entity: EntityRow): void {
  if (entity.mergedIntoId) {
    throw new ConflictError(`“${entity.name}” was merged into another entity; change that one instead`, {
      mergedIntoId: entity.mergedIntoId,
    })
  }
}

export async function assertWikidataFree(tx: DbOrTx, wikidataId: string): Promise<void> {
  const [existing] = await tx
    .select({ id: entities.id, name: entities.name, mergedIntoId: entities.mergedIntoId })
    .from(entities)
    .where(eq(entities.wikidataId, wikidataId))
  if (existing) {
    throw new ConflictError(`Wikidata item ${wikidataId} is already the entity “${existing.name}”`, {
      existing,
    })
  }
}

/** The unique index is the last word when two requests race for the same Wikidata id. */
export async function withUniqueWikidata<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (error) {
    if (isUniqueViolation(error, 'entities_wikidata_key')) {
      throw new ConflictError('This Wikidata item was just given to another entity')
    }
    throw error
  }
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, constraint: name } = e as { code?: unknown; constraint?: unknown }
    if (code === '23505' && (name === undefined || name === constraint)) return true
  }
  return false
}

export function emptyToNull(value: string | null | undefined): string | null {
  return value ? value : null
}

/** Trimmed, without the entity's own name, without case-insensitive repeats, first spelling wins. */
export function normaliseAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([name.trim().toLocaleLowerCase()])
  const out: string[] = []
  for (const raw of aliases) {
    const alias = raw.trim()
    const key = alias.toLocaleLowerCase()
    if (!alias || seen.has(key)) continue
    seen.add(key)
    out.push(alias)
  }
  return out
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i])
}
