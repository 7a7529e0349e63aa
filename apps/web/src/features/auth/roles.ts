import type { Role, User } from '@claimtrail/contracts'

// The API's order (apps/api plugins/auth.ts): each role may do everything the one before it may.
const RANK: Record<Role, number> = { checker: 1, editor: 2, admin: 3 }

export const ROLE_LABELS: Record<Role, string> = {
  checker: 'Fact-checker',
  editor: 'Editor',
  admin: 'Admin',
}

/** Whether the user (null: an anonymous reader) has at least the given role. */
export function hasRole(user: Pick<User, 'role'> | null | undefined, minimum: Role): boolean {
  return user != null && RANK[user.role] >= RANK[minimum]
}
