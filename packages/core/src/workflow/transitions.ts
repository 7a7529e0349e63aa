import type { CLAIM_STATUSES, ROLES } from '@claimtrail/contracts'

export type ClaimStatus = (typeof CLAIM_STATUSES)[number]
export type Role = (typeof ROLES)[number]

export interface Transition {
  /** The verb of the API route and of the audit event (`claim.<action>`). */
  action: 'submit' | 'request_changes' | 'resubmit' | 'approve' | 'publish' | 'correct' | 'retract'
  from: ClaimStatus
  to: ClaimStatus
  /** Who may take it: checkers submit and resubmit, editors do everything else (docs/design.md). */
  roles: readonly Role[]
}

const editors = ['editor', 'admin'] as const
const everyone = ['checker', 'editor', 'admin'] as const

/** The workflow of docs/design.md, as data: the server enforces exactly these edges. */
export const TRANSITIONS: readonly Transition[] = [
  { action: 'submit', from: 'draft', to: 'in_review', roles: everyone },
  { action: 'request_changes', from: 'in_review', to: 'changes_requested', roles: editors },
  { action: 'resubmit', from: 'changes_requested', to: 'in_review', roles: everyone },
  { action: 'approve', from: 'in_review', to: 'approved', roles: editors },
  { action: 'publish', from: 'approved', to: 'published', roles: editors },
  // A correction or retraction can follow a published claim or an earlier correction.
  { action: 'correct', from: 'published', to: 'corrected', roles: editors },
  { action: 'correct', from: 'corrected', to: 'corrected', roles: editors },
  { action: 'retract', from: 'published', to: 'retracted', roles: editors },
  { action: 'retract', from: 'corrected', to: 'retracted', roles: editors },
]

export type TransitionAction = Transition['action']

/** The edge from `from` to `to`, if the workflow has one. */
export function findTransitionBetween(from: ClaimStatus, to: ClaimStatus): Transition | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.to === to)
}

/** The edge an action takes from a status, if it is allowed there. */
export function findTransition(from: ClaimStatus, action: TransitionAction): Transition | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.action === action)
}

/** Actions available from a status, for 409 messages and for the UI's buttons. */
export function allowedActions(from: ClaimStatus, role?: Role): TransitionAction[] {
  return TRANSITIONS.filter((t) => t.from === from && (!role || t.roles.includes(role))).map((t) => t.action)
}

/** Statuses a reader may see (docs/design.md: published, corrected, retracted). */
export function isPublicStatus(status: ClaimStatus): boolean {
  return status === 'published' || status === 'corrected' || status === 'retracted'
}
