import type { AuditAction, AuditEventSubjects } from '@claimtrail/contracts'
import { iso, type Rows } from './model.ts'

/** Appends an audit event, as the API's services write them, to the run's rows. */
export type EventWriter = <A extends AuditAction>(
  at: number,
  actorId: string | null,
  action: A,
  subjectType: AuditEventSubjects[A],
  subjectId: string,
  claimId: string | null,
  after: object,
  before?: object | null,
) => void

export function eventWriter(out: Rows): EventWriter {
  return (at, actorId, action, subjectType, subjectId, claimId, after, before = null) => {
    out.events.push({ occurredAt: iso(at), actorId, action, subjectType, subjectId, claimId, before, after })
  }
}
