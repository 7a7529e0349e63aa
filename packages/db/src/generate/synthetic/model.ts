import type { CLAIM_STATUSES, ENTITY_KINDS } from '@claimtrail/contracts'

// The shapes the synthetic generator builds (docs/design.md, "Domain model"): rows as the bulk
// inserter takes them, the entity pool stories draw on, and the context of a run.

export type Of<T extends readonly string[]> = T[number]
export type EntityKind = Of<typeof ENTITY_KINDS>
export type ClaimStatus = Of<typeof CLAIM_STATUSES>

/** A row as the bulk inserter takes it: drizzle's camelCase keys, timestamps as ISO strings. */
export type Row = Record<string, string | number | boolean | null | readonly string[] | object>

export interface PoolEntity {
  id: string
  name: string
  kind: EntityKind
  aliases: string[]
  description: string | null
}

export interface EntityPool {
  people: PoolEntity[]
  outlets: PoolEntity[]
  governmentBodies: PoolEntity[]
  organisations: PoolEntity[]
  anonymousGroups: PoolEntity[]
  all: PoolEntity[]
}

/** Every table the generator writes, in the order foreign keys allow. */
export const GENERATED_TABLES = [
  'articles',
  'articleVersions',
  'claims',
  'claimSubjects',
  'attributionChains',
  'chainHops',
  'responses',
  'replyRequests',
  'evidence',
  'sourcingAssessments',
  'sourceReliabilityRatings',
  'claimCorrections',
  'claimNotes',
  'events',
] as const
export type GeneratedTable = (typeof GENERATED_TABLES)[number]
export type Rows = Record<GeneratedTable, Row[]>

export function emptyRows(): Rows {
  return Object.fromEntries(GENERATED_TABLES.map((t) => [t, []])) as unknown as Rows
}

export interface GeneratorContext {
  seed: number
  claimsPerArticle: number
  pool: EntityPool
  /** Ratings of the default scale by label (migration 0002). */
  ratingIds: ReadonlyMap<string, string>
  actors: { checker: string | null; editor: string | null }
}

export const DAY = 86_400_000
export const iso = (ms: number) => new Date(ms).toISOString()

/** Total rows across tables. */
export function countRows(rows: Rows): number {
  return GENERATED_TABLES.reduce((sum, t) => sum + rows[t].length, 0)
}
