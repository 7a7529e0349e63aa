import type { EntityList, EntitySearchQuery } from '@claimtrail/contracts'
import { type Db, schema } from '@claimtrail/db'
import { and, asc, eq, getTableColumns, isNull, type SQL, sql } from 'drizzle-orm'
import { z } from 'zod'
import { InvalidError } from '../../errors.ts'
import { decodeCursor, encodeCursor } from '../cursor.ts'
import { toEntity } from './entity-rows.ts'

// Entity search: accent-folded match on names and aliases, ranked, keyset-paged.

const { entities } = schema

export async function searchEntities(db: Db, query: EntitySearchQuery): Promise<EntityList> {
  const folded = query.q ? fold(query.q) : ''
  const rank = folded ? rankOf(folded) : sql<number>`0`
  const sortKey = sql<string>`lower(${entities.name})`
  const after = query.cursor === undefined ? undefined : decodeSearchCursor(query.cursor)

  const rows = await db
    .select({ ...getTableColumns(entities), rank: rank.mapWith(Number), sortKey })
    .from(entities)
    .where(
      searchFilter(
        query,
        folded,
        after &&
          sql`(${rank}, ${sortKey}, ${entities.id}) > (${after.rank}::int, ${after.sortKey}::text, ${after.id}::uuid)`,
      ),
    )
    // Without a query every rank is 0, and a bare `order by 0` would be read as a column position.
    .orderBy(...(folded ? [asc(rank)] : []), asc(sortKey), asc(entities.id))
    .limit(query.limit + 1)

  const page = rows.slice(0, query.limit)
  const last = page.at(-1)
  return {
    items: page.map(toEntity),
    nextCursor: rows.length > query.limit && last ? encodeSearchCursor(last) : null,
  }
}

/** Unmerged entities, of the kind asked for, matching the query, past the cursor. */
function searchFilter(
  query: EntitySearchQuery,
  folded: string,
  afterCursor: SQL | undefined,
): SQL | undefined {
  return and(
    isNull(entities.mergedIntoId),
    query.kind ? eq(entities.kind, query.kind) : undefined,
    folded ? matches(`%${escapeLike(folded)}%`) : undefined,
    afterCursor,
  )
}

// Accent folding without the `unaccent` extension (PGlite does not ship it): translate() with a
// fixed table of precomposed Latin letters, applied the same way to the query here and to names
// and aliases in SQL. Letters that do not decompose (ø, ł, đ, ı) are mapped by hand.
const ACCENTED =
  'ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćĈĉĊċČčĎďĐđÈÉÊËèéêëĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİıÌÍÎÏìíîïĴĵĶķĹĺĻļĽľŁłÑñŃńŅņŇňÒÓÔÕÖØòóôõöøŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųÙÚÛÜùúûüŴŵÝýÿŶŷŸŹźŻżŽž'.normalize(
    'NFC',
  )
const BY_HAND: Record<string, string> = { Đ: 'd', đ: 'd', Ł: 'l', ł: 'l', Ø: 'o', ø: 'o', ı: 'i' }
const PLAIN = [...ACCENTED]
  .map((c) => BY_HAND[c] ?? c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())
  .join('')
const FOLD = new Map([...ACCENTED].map((c, i) => [c, PLAIN[i] ?? c]))

/** The query folded the way `foldSql` folds the database side. */
function fold(text: string): string {
  return [...text.toLowerCase()].map((c) => FOLD.get(c) ?? c).join('')
}

function foldSql(expr: SQL | typeof entities.name): SQL {
  return sql`translate(lower(${expr}), ${ACCENTED}::text, ${PLAIN}::text)`
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}

/** The entity's name or one of its aliases, folded, is LIKE the (folded) pattern. */
function matches(pattern: string): SQL {
  return sql`(${foldSql(entities.name)} like ${pattern} or exists (select 1 from unnest(${entities.aliases}) as alias(value) where ${foldSql(sql`alias.value`)} like ${pattern}))`
}

/** 0 exact name or alias, 1 prefix, 2 start of a later word, 3 anywhere inside. */
function rankOf(folded: string): SQL<number> {
  const q = escapeLike(folded)
  return sql<number>`(case when ${matches(q)} then 0 when ${matches(`${q}%`)} then 1 when ${matches(`% ${q}%`)} then 2 else 3 end)`
}

/** Keyset position: rank, lower-cased name and id of the last row of a page. */
function encodeSearchCursor(row: { rank: number; sortKey: string; id: string }): string {
  return encodeCursor([String(row.rank), row.sortKey, row.id])
}

function decodeSearchCursor(text: string): { rank: number; sortKey: string; id: string } {
  const [rank = '', sortKey = '', id = ''] = decodeCursor(text, 3)
  // Checked here so a tampered cursor is a 400, not a database cast error.
  if (!/^[0-3]$/.test(rank) || !z.uuid().safeParse(id).success) {
    throw new InvalidError('cursor: not a cursor this API issued')
  }
  return { rank: Number(rank), sortKey, id }
}
