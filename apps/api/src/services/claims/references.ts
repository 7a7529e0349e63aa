import { type DbOrTx, schema } from '@claimtrail/db'
import { and, eq, inArray, isNull } from 'drizzle-orm'
import { InvalidError } from '../../errors.ts'

const { entities, ratings, users } = schema

/** Refuses ids of entities that do not exist or were merged away, naming the field. */
export async function assertEntities(db: DbOrTx, field: string, ids: readonly (string | null | undefined)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string'))]
  if (wanted.length === 0) return
  const found = await db
    .select({ id: entities.id })
    .from(entities)
    .where(and(inArray(entities.id, wanted), isNull(entities.mergedIntoId)))
    // Share-locked until commit, so a concurrent merge cannot move the entity from under us.
    .for('share')
  const missing = wanted.filter((id) => !found.some((f) => f.id === id))
  if (missing.length > 0) throw new InvalidError(`${field}: unknown entity ${missing.join(', ')}`)
}

export async function assertRating(db: DbOrTx, field: string, id: string | null | undefined) {
  if (!id) return
  // A retired rating stays on the verdicts that used it but is not given to new ones.
  const [found] = await db
    .select({ id: ratings.id })
    .from(ratings)
    .where(and(eq(ratings.id, id), isNull(ratings.retiredAt)))
  if (!found) throw new InvalidError(`${field}: unknown or retired rating ${id}`)
}

export async function assertActiveUser(db: DbOrTx, field: string, id: string | null | undefined) {
  if (!id) return
  const [found] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, id), eq(users.active, true)))
  if (!found) throw new InvalidError(`${field}: unknown or inactive user ${id}`)
}
