import type { ClaimStatus, Role } from './transitions.ts'
import { isPublicStatus } from './transitions.ts'

// docs/design.md, "Workflow": checkers create and edit drafts (and claims sent back to them); editors
// may also edit under review and after approval; a published claim is never edited in place, only
// corrected. The API enforces this rule and the web app shows it: both read it from here.
const EDITABLE_BY: Record<Role, readonly ClaimStatus[]> = {
  checker: ['draft', 'changes_requested'],
  editor: ['draft', 'in_review', 'changes_requested', 'approved'],
  admin: ['draft', 'in_review', 'changes_requested', 'approved'],
}

/** May `role` change the claim (or its chains, responses, evidence, verdict) in `status`? */
export function canEditClaim(role: Role, status: ClaimStatus): boolean {
  return EDITABLE_BY[role].includes(status)
}

/** Why a claim is not editable, and who acts next: one line for the API's error and the UI. */
export type ReadOnlyReason =
  | { kind: 'public'; message: string }
  | { kind: 'checker-waits'; message: string }
  | { kind: 'closed'; message: string }

const STATUS_WORDS: Record<ClaimStatus, string> = {
  draft: 'a draft',
  in_review: 'in review',
  changes_requested: 'sent back for changes',
  approved: 'approved',
  published: 'published',
  corrected: 'corrected',
  retracted: 'retracted',
}

/** `null` when `role` may edit the claim in `status`; otherwise the reason, in words. */
export function readOnlyReason(role: Role, status: ClaimStatus): ReadOnlyReason | null {
  if (canEditClaim(role, status)) return null
  if (isPublicStatus(status)) {
    return {
      kind: 'public',
      message: `The claim is ${STATUS_WORDS[status]}: it is never edited in place; editors issue a correction instead`,
    }
  }
  if (role === 'checker') {
    const next =
      status === 'in_review' ? 'the editor acts next' : 'the editor publishes it; checkers no longer edit it'
    return { kind: 'checker-waits', message: `The claim is ${STATUS_WORDS[status]}: ${next}` }
  }
  return { kind: 'closed', message: `The claim is ${STATUS_WORDS[status]} and cannot be edited` }
}
