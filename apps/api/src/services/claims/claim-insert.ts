import { appendEvent, schema, type Tx } from '@claimtrail/db'
import type { Actor } from '../actor.ts'

const { claims, claimSubjects } = schema

type ClaimRow = typeof claims.$inferSelect
/** What the caller decides about a new claim; who made it (and owns it at first) is the actor. */
export type NewClaimValues = Omit<typeof claims.$inferInsert, 'createdBy' | 'assigneeId'>

/** A claim row in the shape its audit events record. */
export function claimSnapshot(row: ClaimRow, subjectIds?: string[]) {
  const { createdAt: _c, updatedAt: _u, ...rest } = row
  return subjectIds ? { ...rest, subjectIds } : rest
}

/**
 * Inserts a claim, its subjects and its `claim.created` event: every new claim, whether marked by
 * hand or accepted from a suggestion. `provenance` adds to what the event records.
 */
export async function insertClaim(
  tx: Tx,
  actor: Actor,
  values: NewClaimValues,
  subjectIds: readonly string[],
  provenance: Record<string, unknown> = {},
): Promise<ClaimRow> {
  const [row] = await tx
    .insert(claims)
    .values({ ...values, createdBy: actor.id, assigneeId: actor.id })
    .returning()
  if (!row) throw new Error('claim insert returned nothing')
  const subjects = [...new Set(subjectIds)].sort()
  if (subjects.length > 0) {
    await tx.insert(claimSubjects).values(subjects.map((entityId) => ({ claimId: row.id, entityId })))
  }
  await appendEvent(tx, {
    actorId: actor.id,
    action: 'claim.created',
    subjectType: 'claim',
    subjectId: row.id,
    claimId: row.id,
    after: { ...claimSnapshot(row, subjects), ...provenance },
    requestId: actor.requestId,
  })
  return row
}
