import type { Role } from '@claimtrail/contracts'

/** The logged-in person a write is attributed to, with the request it came from (audit). */
export interface Actor {
  id: string
  role: Role
  requestId: string
}

/**
 * Who a write is attributed to in the audit log: a person, or the server itself (id null) for its
 * own scheduled work, such as a watched article's new version (docs/decisions/021-source-watching.md).
 */
export interface Author {
  id: string | null
  requestId: string
}
