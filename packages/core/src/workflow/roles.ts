import type { Role } from '@claimtrail/contracts'

/**
 * The roles in order (docs/design.md, "Workflow"): each may do everything the one before it may.
 * The API's `requireRole` and the web's navigation both read this one table.
 */
export const ROLE_RANK: Readonly<Record<Role, number>> = { checker: 1, editor: 2, admin: 3 }

/** Whether `role` (null: an anonymous reader) may act as `minimum`. */
export function roleAtLeast(role: Role | null | undefined, minimum: Role): boolean {
  return role != null && ROLE_RANK[role] >= ROLE_RANK[minimum]
}

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  checker: 'Fact-checker',
  editor: 'Editor',
  admin: 'Admin',
}
