import type { Role } from '@claimtrail/contracts'

/** The logged-in person a write is attributed to, with the request it came from (audit). */
export interface Actor {
  id: string
  role: Role
  requestId: string
}
