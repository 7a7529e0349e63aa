import type { Role, User } from '@claimtrail/contracts'
import { roleAtLeast } from '@claimtrail/core'

export { ROLE_LABELS } from '@claimtrail/core'

/** Whether the user (null: an anonymous reader) has at least the given role. */
export function hasRole(user: Pick<User, 'role'> | null | undefined, minimum: Role): boolean {
  return roleAtLeast(user?.role, minimum)
}
