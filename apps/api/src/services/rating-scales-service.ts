import { PUBLIC_CLAIM_STATUSES, type RatingScale, type UpdateRatingScale } from '@claimtrail/contracts'
import { appendEvent, type Db, type DbOrTx, schema, type Tx } from '@claimtrail/db'
import { and, asc, eq, inArray, isNull } from 'drizzle-orm'
import { InvalidError, NotFoundError } from '../errors.ts'
import type { Actor } from './actor.ts'
import { assertVersion, expectedVersion } from './concurrency.ts'

const { claims, ratingScales, ratings } = schema

async function load(db: DbOrTx, scaleId: string): Promise<RatingScale> {
  const [scale] = await db.select().from(ratingScales).where(eq(ratingScales.id, scaleId))
  if (!scale) throw new NotFoundError('Rating scale')
  const rows = await db
    .select()
    .from(ratings)
    .where(eq(ratings.scaleId, scaleId))
    .orderBy(asc(ratings.position))
  return {
    id: scale.id,
    name: scale.name,
    description: scale.description,
    isDefault: scale.isDefault,
    version: scale.version,
    // Ratings in use first, in order; retired ones after, for the history they carry.
    ratings: [...rows.filter((r) => !r.retiredAt), ...rows.filter((r) => r.retiredAt)].map((r) => ({
      id: r.id,
      position: r.position,
      label: r.label,
      description: r.description,
      colour: r.colour,
      ratingValue: r.ratingValue,
      retired: r.retiredAt !== null,
    })),
  }
}

/**
 * Rating scales are data an admin edits (docs/design.md). A published verdict is history: a rating it
 * used is never relabelled or revalued in place; it is retired and a new rating takes its place.
 */
export function createRatingScalesService({ db }: { db: Db }) {
  async function list(): Promise<RatingScale[]> {
    const scales = await db.select({ id: ratingScales.id }).from(ratingScales).orderBy(asc(ratingScales.name))
    return Promise.all(scales.map((s) => load(db, s.id)))
  }

  async function update(
    actor: Actor,
    scaleId: string,
    input: UpdateRatingScale,
    ifMatch?: string,
  ): Promise<RatingScale> {
    const sent = expectedVersion(ifMatch, input.version)
    return db.transaction(async (tx) => {
      const [scale] = await tx.select().from(ratingScales).where(eq(ratingScales.id, scaleId)).for('update')
      if (!scale) throw new NotFoundError('Rating scale')
      const before = await load(tx, scaleId)
      assertVersion('The rating scale', scale.version, sent, () => before)

      const active = await activeRatings(tx, scaleId, input)
      const activeIds = active.map((r) => r.id)
      const usedAtAll = await usedRatings(tx, activeIds)
      const usedPublicly = await usedRatings(tx, activeIds, PUBLIC_CLAIM_STATUSES)
      const now = new Date()

      // Free every position and label first: the partial unique indexes hold at each step.
      for (const r of active)
        await tx
          .update(ratings)
          .set({ position: 1_000 + r.position })
          .where(eq(ratings.id, r.id))

      await removeDropped(tx, active, { input, usedAtAll, now })
      const byId = new Map(active.map((r) => [r.id, r]))
      for (const [position, r] of input.ratings.entries()) {
        const current = r.id ? byId.get(r.id) : undefined
        await writeRating(tx, scaleId, { position, r, current, usedPublicly, now })
      }
      await tx
        .update(ratingScales)
        .set({ version: scale.version + 1, updatedAt: now })
        .where(eq(ratingScales.id, scaleId))
      const after = await load(tx, scaleId)
      await appendEvent(tx, {
        actorId: actor.id,
        action: 'rating_scale.updated',
        subjectType: 'rating_scale',
        subjectId: scaleId,
        before,
        after,
        requestId: actor.requestId,
      })
      return after
    })
  }

  return { list, update }
}

export type RatingScalesService = ReturnType<typeof createRatingScalesService>

type RatingRow = typeof ratings.$inferSelect
type RatingInput = UpdateRatingScale['ratings'][number]

/** The scale's ratings in use; every id the input sends must be one of them. */
async function activeRatings(tx: Tx, scaleId: string, input: UpdateRatingScale): Promise<RatingRow[]> {
  const active = await tx
    .select()
    .from(ratings)
    .where(and(eq(ratings.scaleId, scaleId), isNull(ratings.retiredAt)))
  const byId = new Map(active.map((r) => [r.id, r]))
  for (const [i, r] of input.ratings.entries()) {
    if (r.id && !byId.has(r.id)) throw new InvalidError(`ratings.${i}.id: not a rating in use on this scale`)
  }
  return active
}

/** Which of these ratings a claim's verdict uses (a claim of one of `statuses`, when given). */
async function usedRatings(tx: Tx, ids: string[], statuses?: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set<string>()
  const rows = await tx
    .selectDistinct({ id: claims.verdictRatingId })
    .from(claims)
    .where(
      and(
        inArray(claims.verdictRatingId, ids),
        statuses
          ? inArray(claims.status, [...statuses] as (typeof PUBLIC_CLAIM_STATUSES)[number][])
          : undefined,
      ),
    )
  return new Set(rows.map((r) => r.id).filter((id): id is string => id !== null))
}

/** Ratings the input leaves out: retired when a claim uses them, deleted otherwise. */
async function removeDropped(
  tx: Tx,
  active: RatingRow[],
  { input, usedAtAll, now }: { input: UpdateRatingScale; usedAtAll: Set<string>; now: Date },
): Promise<void> {
  const kept = new Set(input.ratings.map((r) => r.id).filter(Boolean))
  for (const r of active) {
    if (kept.has(r.id)) continue
    if (usedAtAll.has(r.id))
      await tx
        .update(ratings)
        .set({ retiredAt: now, position: 10_000 + r.position })
        .where(eq(ratings.id, r.id))
    else await tx.delete(ratings).where(eq(ratings.id, r.id))
  }
}

/**
 * One rating of the input at its position: updated in place, unless a published verdict uses it
 * and its label or value changes; then (and for a new rating) a new row is inserted.
 */
async function writeRating(
  tx: Tx,
  scaleId: string,
  {
    position,
    r,
    current,
    usedPublicly,
    now,
  }: {
    position: number
    r: RatingInput
    current: RatingRow | undefined
    usedPublicly: Set<string>
    now: Date
  },
): Promise<void> {
  const values = {
    label: r.label,
    description: r.description,
    colour: r.colour,
    ratingValue: r.ratingValue,
    position,
  }
  const rewritesHistory =
    current &&
    usedPublicly.has(current.id) &&
    (current.label !== r.label || current.ratingValue !== r.ratingValue)
  if (current && !rewritesHistory) {
    await tx
      .update(ratings)
      .set({ ...values, version: current.version + 1, updatedAt: now })
      .where(eq(ratings.id, current.id))
    return
  }
  const [created] = await tx
    .insert(ratings)
    .values({ scaleId, ...values })
    .returning()
  if (current && created) await replaceRating(tx, current, created.id, now)
}

/** The old rating retires; work in progress follows the new rating, published verdicts keep the one they had. */
async function replaceRating(tx: Tx, current: RatingRow, createdId: string, now: Date): Promise<void> {
  await tx
    .update(ratings)
    .set({ retiredAt: now, position: 10_000 + current.position })
    .where(eq(ratings.id, current.id))
  await tx
    .update(claims)
    .set({ verdictRatingId: createdId })
    .where(
      and(
        eq(claims.verdictRatingId, current.id),
        inArray(claims.status, ['draft', 'in_review', 'changes_requested', 'approved']),
      ),
    )
}
