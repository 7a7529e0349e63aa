import type { ClaimStatus } from '@claimtrail/contracts'
import { readOnlyReason } from '@claimtrail/core'
import { ConflictError, ForbiddenError } from '../../errors.ts'
import type { Actor } from '../actor.ts'

/**
 * Throws unless `actor` may change the claim (or its chains, responses, evidence) in `status`.
 * The rule itself lives in @claimtrail/core (canEditClaim), where the web app reads it too.
 */
export function assertEditable(actor: Actor, status: ClaimStatus): void {
  const reason = readOnlyReason(actor.role, status)
  if (!reason) return
  if (reason.kind === 'checker-waits') throw new ForbiddenError(reason.message)
  throw new ConflictError(reason.message, { status })
}
