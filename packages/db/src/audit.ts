import type { AuditAction } from '@claimtrail/contracts'
import type { DbOrTx } from './client.ts'
import { events } from './schema/events.ts'

export interface AuditEvent {
  actorId: string | null
  /** One of the contract's AUDIT_ACTIONS, e.g. `claim.created`, `claim.publish`. */
  action: AuditAction
  subjectType: string
  subjectId: string
  claimId?: string | null
  before?: unknown
  after?: unknown
  requestId?: string | null
}

/**
 * Appends one audit event. Call it with the transaction that makes the change, so the change and
 * its event commit or roll back together (docs/design.md, "Event").
 */
export async function appendEvent(tx: DbOrTx, event: AuditEvent): Promise<void> {
  await tx.insert(events).values({
    actorId: event.actorId,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    claimId: event.claimId ?? null,
    before: event.before ?? null,
    after: event.after ?? null,
    requestId: event.requestId ?? null,
  })
}
