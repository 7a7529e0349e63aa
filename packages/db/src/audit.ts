import type { AuditEventKey } from '@claimtrail/contracts'
import type { DbOrTx } from './client.ts'
import { events } from './schema/events.ts'

/**
 * One event: an action of the contract with the subject type the contract gives it
 * (`AuditEventKey`, packages/contracts/src/audit-events.ts), so `entity.merged` about a `user` does
 * not compile.
 */
export type AuditEvent = AuditEventKey & {
  actorId: string | null
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
