import type { ClaimStatus } from '@claimtrail/contracts'
import { ConflictError, ForbiddenError } from '../../errors.ts'
import type { Actor } from '../actor.ts'

// docs/design.md, "Workflow": checkers create and edit drafts (and claims sent back to them); editors
// may also edit under review; a published claim is never edited in place, only corrected.
const EDITABLE_BY_CHECKER: readonly ClaimStatus[] = ['draft', 'changes_requested']
const EDITABLE_BY_EDITOR: readonly ClaimStatus[] = ['draft', 'in_review', 'changes_requested', 'approved']

/** Throws unless `actor` may change the claim (or its chains, responses, evidence) in `status`. */
export function assertEditable(actor: Actor, status: ClaimStatus): void {
  const allowed = actor.role === 'checker' ? EDITABLE_BY_CHECKER : EDITABLE_BY_EDITOR
  if (allowed.includes(status)) return
  if (status === 'published' || status === 'corrected' || status === 'retracted') {
    throw new ConflictError(
      `The claim is ${status}: it is never edited in place; issue a correction instead`,
      {
        status,
      },
    )
  }
  if (actor.role === 'checker') {
    throw new ForbiddenError(
      `The claim is ${status}: checkers edit drafts and claims sent back for changes only`,
    )
  }
  throw new ConflictError(`The claim is ${status} and cannot be edited`, { status })
}
