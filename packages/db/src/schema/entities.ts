import { sql } from 'drizzle-orm'
import { type AnyPgColumn, check, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { createdAt, id, updatedAt, version } from './columns.ts'
import { entityKindEnum } from './enums.ts'

/** People, organisations, outlets, government bodies and anonymous groups of sources. */
export const entities = pgTable(
  'entities',
  {
    id: id(),
    name: text().notNull(),
    kind: entityKindEnum().notNull(),
    aliases: text().array().notNull().default(sql`'{}'::text[]`),
    wikidataId: text(),
    description: text(),
    // A merged duplicate points at the entity that absorbed it; references are moved, the row stays
    // so that audit history keeps resolving.
    mergedIntoId: uuid().references((): AnyPgColumn => entities.id, { onDelete: 'restrict' }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('entities_name_not_blank', sql`btrim(${t.name}) <> ''`),
    check('entities_wikidata_shape', sql`${t.wikidataId} IS NULL OR ${t.wikidataId} ~ '^Q[0-9]+$'`),
    check('entities_not_merged_into_self', sql`${t.mergedIntoId} IS NULL OR ${t.mergedIntoId} <> ${t.id}`),
    uniqueIndex('entities_wikidata_key').on(t.wikidataId),
    index('entities_name_lower_idx').on(sql`lower(${t.name})`),
  ],
)
