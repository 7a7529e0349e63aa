import { type ChangesSince, isUuidText } from '@claimtrail/contracts'
import { diffSinceLastSeen } from '@claimtrail/core'
import { type Db, schema } from '@claimtrail/db'
import { inArray } from 'drizzle-orm'
import type { ClaimsService } from './claims-service.ts'

const { entities, ratings } = schema

/** Every id-shaped string inside the events' snapshots: the entities and ratings they name. */
function referencedIds(values: unknown[]): string[] {
  const ids = new Set<string>()
  // Depth-first with an explicit stack: snapshots are small, but their nesting is not ours to bound.
  const pending: unknown[] = [...values]
  while (pending.length > 0) {
    const value = pending.pop()
    if (typeof value === 'string' && isUuidText(value)) ids.add(value)
    else if (value !== null && typeof value === 'object') pending.push(...Object.values(value))
  }
  return [...ids]
}

/**
 * "What changed since you last saw it" for the editor's review (docs/design.md, "Workflow"),
 * computed here from the typed audit log with the names of the entities and ratings it mentions,
 * so the web shows it as it comes.
 */
export function createChangesSinceService({
  db,
  claims,
}: {
  db: Db
  claims: Pick<ClaimsService, 'history'>
}) {
  async function forViewer(claimId: string, viewerId: string): Promise<ChangesSince> {
    const { items } = await claims.history(claimId)
    const ids = referencedIds(items.flatMap((e) => [e.before, e.after]))
    const [entityRows, ratingRows] =
      ids.length === 0
        ? [[], []]
        : await Promise.all([
            db
              .select({ id: entities.id, name: entities.name })
              .from(entities)
              .where(inArray(entities.id, ids)),
            db.select({ id: ratings.id, label: ratings.label }).from(ratings).where(inArray(ratings.id, ids)),
          ])
    const entityNames = new Map(entityRows.map((r) => [r.id, r.name]))
    const ratingLabels = new Map(ratingRows.map((r) => [r.id, r.label]))
    return diffSinceLastSeen(items, viewerId, {
      entity: (id) => entityNames.get(id),
      rating: (id) => ratingLabels.get(id),
    })
  }
  return { forViewer }
}

export type ChangesSinceService = ReturnType<typeof createChangesSinceService>
