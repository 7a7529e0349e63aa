import type {
  CreateEntity,
  Entity,
  EntityList,
  EntityMergeCounts,
  EntityMergeResult,
  EntitySearchQuery,
  MergeEntity,
  UpdateEntity,
} from '@claimtrail/contracts'
import { appendEvent, type Db, type DbOrTx, schema } from '@claimtrail/db'
import { and, asc, eq, getTableColumns, inArray, isNull, ne, notInArray, type SQL, sql } from 'drizzle-orm'
import { z } from 'zod'
import { ConflictError, InvalidError, NotFoundError } from '../errors.ts'
import type { Actor } from './actor.ts'
import { assertVersion, expectedVersion } from './concurrency.ts'
import { decodeCursor, encodeCursor } from './cursor.ts'
import { claimsBeforeMerge, lockBeforeMerge, lockLateReferrers } from './entity-merge-locks.ts'

const {
  articles,
  chainHops,
  claimSubjects,
  claims,
  entities,
  replyRequests,
  responses,
  sourceReliabilityRatings,
} = schema

type EntityRow = typeof entities.$inferSelect

export interface EntitiesServiceDeps {
  db: Db
}

/**
 * People, organisations, outlets and source groups: search, create, edit, and merge duplicates.
 * A merge moves every reference in one transaction and keeps the duplicate as a pointer, so audit
 * history that names it keeps resolving.
 */
export function createEntitiesService({ db }: EntitiesServiceDeps) {
  async function search(query: EntitySearchQuery): Promise<EntityList> {
    const folded = query.q ? fold(query.q) : ''
    const rank = folded ? rankOf(folded) : sql<number>`0`
    const sortKey = sql<string>`lower(${entities.name})`
    const after = query.cursor === undefined ? undefined : decodeSearchCursor(query.cursor)

    const rows = await db
      .select({ ...getTableColumns(entities), rank: rank.mapWith(Number), sortKey })
      .from(entities)
      .where(
        and(
          isNull(entities.mergedIntoId),
          query.kind ? eq(entities.kind, query.kind) : undefined,
          folded ? matches(`%${escapeLike(folded)}%`) : undefined,
          after
            ? sql`(${rank}, ${sortKey}, ${entities.id}) > (${after.rank}::int, ${after.sortKey}::text, ${after.id}::uuid)`
            : undefined,
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

  async function get(entityId: string): Promise<Entity> {
    const [row] = await db.select().from(entities).where(eq(entities.id, entityId))
    if (!row) throw new NotFoundError('Entity')
    return toEntity(row)
  }

  async function create(actor: Actor, input: CreateEntity): Promise<Entity> {
    return withUniqueWikidata(() =>
      db.transaction(async (tx) => {
        const wikidataId = input.wikidataId ?? null
        if (wikidataId) await assertWikidataFree(tx, wikidataId)
        const [row] = await tx
          .insert(entities)
          .values({
            name: input.name,
            kind: input.kind,
            aliases: normaliseAliases(input.name, input.aliases ?? []),
            wikidataId,
            description: emptyToNull(input.description),
          })
          .returning()
        if (!row) throw new Error('entity insert returned nothing')
        const entity = toEntity(row)
        await appendEvent(tx, {
          actorId: actor.id,
          action: 'entity.created',
          subjectType: 'entity',
          subjectId: row.id,
          after: entity,
          requestId: actor.requestId,
        })
        return entity
      }),
    )
  }

  async function update(
    actor: Actor,
    entityId: string,
    ifMatch: string | undefined,
    input: UpdateEntity,
  ): Promise<Entity> {
    const sent = expectedVersion(ifMatch, input.version)
    return withUniqueWikidata(() =>
      db.transaction(async (tx) => {
        const current = await lockEntity(tx, entityId)
        if (!current) throw new NotFoundError('Entity')
        assertVersion('Entity', current.version, sent, () => toEntity(current))
        assertNotMerged(current)

        const name = input.name ?? current.name
        const wikidataId = input.wikidataId === undefined ? current.wikidataId : input.wikidataId
        if (wikidataId && wikidataId !== current.wikidataId) await assertWikidataFree(tx, wikidataId)
        const next = {
          name,
          kind: input.kind ?? current.kind,
          // A rename keeps the aliases the caller did not resend; the new name is never its own alias.
          aliases: normaliseAliases(name, input.aliases ?? current.aliases),
          wikidataId,
          description: input.description === undefined ? current.description : emptyToNull(input.description),
        }
        const unchanged =
          next.name === current.name &&
          next.kind === current.kind &&
          next.wikidataId === current.wikidataId &&
          next.description === current.description &&
          sameList(next.aliases, current.aliases)
        if (unchanged) return toEntity(current)

        const [row] = await tx
          .update(entities)
          .set({ ...next, version: current.version + 1, updatedAt: new Date() })
          .where(and(eq(entities.id, entityId), eq(entities.version, current.version)))
          .returning()
        if (!row) throw new ConflictError('Entity was changed by someone else')
        const entity = toEntity(row)
        await appendEvent(tx, {
          actorId: actor.id,
          action: 'entity.updated',
          subjectType: 'entity',
          subjectId: entityId,
          before: toEntity(current),
          after: entity,
          requestId: actor.requestId,
        })
        return entity
      }),
    )
  }

  async function merge(
    actor: Actor,
    duplicateId: string,
    ifMatch: string | undefined,
    input: MergeEntity,
  ): Promise<EntityMergeResult> {
    const sent = expectedVersion(ifMatch, input.version)
    if (input.intoId === duplicateId) throw new InvalidError('An entity cannot be merged into itself')
    return db.transaction(async (tx) => {
      // The application's lock order, articles → claims → entities (entity-merge-locks.ts): what
      // refers to the duplicate first, then both entity rows in id order.
      const lockedClaims = await lockBeforeMerge(tx, duplicateId)
      const locked = await tx
        .select()
        .from(entities)
        .where(inArray(entities.id, [duplicateId, input.intoId]))
        .orderBy(asc(entities.id))
        .for('update')
      const duplicate = locked.find((e) => e.id === duplicateId)
      const target = locked.find((e) => e.id === input.intoId)
      if (!duplicate) throw new NotFoundError('Entity')
      if (!target) throw new NotFoundError('Entity to merge into', { intoId: input.intoId })
      assertNotMerged(duplicate)
      assertVersion('Entity', duplicate.version, sent, () => toEntity(duplicate))
      if (target.mergedIntoId) {
        throw new ConflictError(
          `“${target.name}” was itself merged into another entity; merge into that one instead`,
          { mergedIntoId: target.mergedIntoId },
        )
      }

      const from = duplicate.id
      const into = target.id
      const now = new Date()
      const changedClaims = await lockLateReferrers(tx, from, lockedClaims)
      const markClaimsChanged = await claimsBeforeMerge(tx, changedClaims)
      // Versions move on once per claim, below, with its event.
      const claimants = await tx
        .update(claims)
        .set({ claimantId: into })
        .where(eq(claims.claimantId, from))
        .returning({ id: claims.id })

      // claim_subjects is keyed by (claim, entity): a claim about both keeps one row.
      const subjectsMoved = await tx
        .update(claimSubjects)
        .set({ entityId: into })
        .where(
          and(
            eq(claimSubjects.entityId, from),
            notInArray(
              claimSubjects.claimId,
              tx
                .select({ claimId: claimSubjects.claimId })
                .from(claimSubjects)
                .where(eq(claimSubjects.entityId, into)),
            ),
          ),
        )
        .returning({ claimId: claimSubjects.claimId })
      const subjectsAlreadyPresent = await tx
        .delete(claimSubjects)
        .where(eq(claimSubjects.entityId, from))
        .returning({ claimId: claimSubjects.claimId })

      const hops = await tx
        .update(chainHops)
        .set({ entityId: into, version: sql`${chainHops.version} + 1`, updatedAt: now })
        .where(eq(chainHops.entityId, from))
        .returning({ id: chainHops.id })
      const responsesMoved = await tx
        .update(responses)
        .set({ entityId: into, version: sql`${responses.version} + 1`, updatedAt: now })
        .where(eq(responses.entityId, from))
        .returning({ id: responses.id })
      const requestsMoved = await tx
        .update(replyRequests)
        .set({ entityId: into, version: sql`${replyRequests.version} + 1`, updatedAt: now })
        .where(eq(replyRequests.entityId, from))
        .returning({ id: replyRequests.id })

      // One reliability rating per (assessment, entity): where the survivor is already rated, its
      // rating stands and the duplicate's is dropped (and kept in the audit event).
      const ratingsMoved = await tx
        .update(sourceReliabilityRatings)
        .set({ entityId: into, version: sql`${sourceReliabilityRatings.version} + 1`, updatedAt: now })
        .where(
          and(
            eq(sourceReliabilityRatings.entityId, from),
            notInArray(
              sourceReliabilityRatings.assessmentId,
              tx
                .select({ assessmentId: sourceReliabilityRatings.assessmentId })
                .from(sourceReliabilityRatings)
                .where(eq(sourceReliabilityRatings.entityId, into)),
            ),
          ),
        )
        .returning({ id: sourceReliabilityRatings.id })
      const ratingsDropped = await tx
        .delete(sourceReliabilityRatings)
        .where(eq(sourceReliabilityRatings.entityId, from))
        .returning()

      const outlets = await tx
        .update(articles)
        .set({ outletId: into, version: sql`${articles.version} + 1`, updatedAt: now })
        .where(eq(articles.outletId, from))
        .returning({ id: articles.id })

      // Earlier merges into the duplicate now point straight at the survivor: one hop to follow.
      const earlierMerges = await tx
        .update(entities)
        .set({ mergedIntoId: into, version: sql`${entities.version} + 1`, updatedAt: now })
        .where(and(eq(entities.mergedIntoId, from), ne(entities.id, into)))
        .returning({ id: entities.id })

      // The Wikidata id is unique: the duplicate gives it up before the survivor may take it.
      const inheritWikidata = target.wikidataId === null && duplicate.wikidataId !== null
      const [mergedRow] = await tx
        .update(entities)
        .set({
          mergedIntoId: into,
          ...(inheritWikidata ? { wikidataId: null } : {}),
          version: duplicate.version + 1,
          updatedAt: now,
        })
        .where(eq(entities.id, from))
        .returning()
      const [targetRow] = await tx
        .update(entities)
        .set({
          aliases: normaliseAliases(target.name, [...target.aliases, duplicate.name, ...duplicate.aliases]),
          wikidataId: target.wikidataId ?? duplicate.wikidataId,
          description: target.description ?? duplicate.description,
          version: target.version + 1,
          updatedAt: now,
        })
        .where(eq(entities.id, into))
        .returning()
      if (!mergedRow || !targetRow) throw new Error('entity merge update returned nothing')

      const moved: EntityMergeCounts = {
        claimants: claimants.length,
        claimSubjects: subjectsMoved.length,
        claimSubjectsAlreadyPresent: subjectsAlreadyPresent.length,
        chainHops: hops.length,
        responses: responsesMoved.length,
        replyRequests: requestsMoved.length,
        sourceReliabilityRatings: ratingsMoved.length,
        sourceReliabilityRatingsDropped: ratingsDropped.length,
        articleOutlets: outlets.length,
        mergedEntities: earlierMerges.length,
      }
      const result = { entity: toEntity(targetRow), merged: toEntity(mergedRow), moved }
      await markClaimsChanged(actor, { fromId: from, intoId: into })
      await appendEvent(tx, {
        actorId: actor.id,
        action: 'entity.merged',
        subjectType: 'entity',
        subjectId: from,
        before: { duplicate: toEntity(duplicate), target: toEntity(target) },
        after: {
          duplicate: result.merged,
          target: result.entity,
          moved,
          droppedRatings: ratingsDropped,
          // The claims whose claimant or subjects changed, for anyone tracing a claim's history.
          claimIds: [
            ...new Set([
              ...claimants.map((c) => c.id),
              ...[...subjectsMoved, ...subjectsAlreadyPresent].map((s) => s.claimId),
            ]),
          ],
        },
        requestId: actor.requestId,
      })
      return result
    })
  }

  return { search, get, create, update, merge }
}

export type EntitiesService = ReturnType<typeof createEntitiesService>

function toEntity(row: EntityRow): Entity {
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

async function lockEntity(tx: DbOrTx, entityId: string): Promise<EntityRow | undefined> {
  const [row] = await tx.select().from(entities).where(eq(entities.id, entityId)).for('update')
  return row
}

function assertNotMerged(entity: EntityRow): void {
  if (entity.mergedIntoId) {
    throw new ConflictError(`“${entity.name}” was merged into another entity; change that one instead`, {
      mergedIntoId: entity.mergedIntoId,
    })
  }
}

async function assertWikidataFree(tx: DbOrTx, wikidataId: string): Promise<void> {
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
async function withUniqueWikidata<T>(write: () => Promise<T>): Promise<T> {
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

function emptyToNull(value: string | null | undefined): string | null {
  return value ? value : null
}

/** Trimmed, without the entity's own name, without case-insensitive repeats, first spelling wins. */
function normaliseAliases(name: string, aliases: readonly string[]): string[] {
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

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i])
}

// --- search -------------------------------------------------------------------------------------

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
