import type {
  CreateEntity,
  Entity,
  EntityMergeResult,
  EntitySearchQuery,
  MergeEntity,
  UpdateEntity,
} from '@claimtrail/contracts'
import { appendEvent, type Db, schema, type Tx } from '@claimtrail/db'
import { and, eq } from 'drizzle-orm'
import { ConflictError, InvalidError, NotFoundError } from '../errors.ts'
import type { Actor } from './actor.ts'
import { assertVersion, expectedVersion } from './concurrency.ts'
import { mergeEntities } from './entities/entity-merge.ts'
import {
  assertNotMerged,
  assertWikidataFree,
  type EntityRow,
  emptyToNull,
  lockEntity,
  normaliseAliases,
  sameList,
  toEntity,
  withUniqueWikidata,
} from './entities/entity-rows.ts'
import { searchEntities } from './entities/entity-search.ts'

const { entities } = schema

export interface EntitiesServiceDeps {
  db: Db
}

/**
 * People, organisations, outlets and source groups: search, create, edit, and merge duplicates.
 * A merge moves every reference in one transaction and keeps the duplicate as a pointer, so audit
 * history that names it keeps resolving.
 */
export function createEntitiesService({ db }: EntitiesServiceDeps) {
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
      db.transaction((tx) => updateEntity(tx, actor, entityId, { input, sent })),
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
    return db.transaction((tx) => mergeEntities(tx, actor, { duplicateId, intoId: input.intoId, sent }))
  }

  return { search: (query: EntitySearchQuery) => searchEntities(db, query), get, create, update, merge }
}

export type EntitiesService = ReturnType<typeof createEntitiesService>

/** An edit of an entity, inside the caller's transaction, with its `entity.updated` event (none when nothing changed). */
async function updateEntity(
  tx: Tx,
  actor: Actor,
  entityId: string,
  { input, sent }: { input: UpdateEntity; sent: number },
): Promise<Entity> {
  const current = await lockEntity(tx, entityId)
  if (!current) throw new NotFoundError('Entity')
  assertVersion('Entity', current.version, sent, () => toEntity(current))
  assertNotMerged(current)

  const next = editedEntity(current, input)
  if (next.wikidataId && next.wikidataId !== current.wikidataId) await assertWikidataFree(tx, next.wikidataId)
  if (isUnchanged(next, current)) return toEntity(current)

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
}

/** The entity's columns after an edit: what the input leaves out stays as it is. */
function editedEntity(current: EntityRow, input: UpdateEntity) {
  const name = input.name ?? current.name
  return {
    name,
    kind: input.kind ?? current.kind,
    // A rename keeps the aliases the caller did not resend; the new name is never its own alias.
    aliases: normaliseAliases(name, input.aliases ?? current.aliases),
    wikidataId: input.wikidataId === undefined ? current.wikidataId : input.wikidataId,
    description: input.description === undefined ? current.description : emptyToNull(input.description),
  }
}

function isUnchanged(next: ReturnType<typeof editedEntity>, current: EntityRow): boolean {
  return (
    next.name === current.name &&
    next.kind === current.kind &&
    next.wikidataId === current.wikidataId &&
    next.description === current.description &&
    sameList(next.aliases, current.aliases)
  )
}
