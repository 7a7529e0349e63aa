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

/**
 * Re-anchoring moves the claim's working anchor only: what readers see is the published record,
 * which changes only by a correction (docs/decisions/019-publication-snapshots.md). So an
 * editor may re-anchor a published or corrected claim whose article changed, then correct it.
 */
export function assertReanchorable(actor: Actor, status: ClaimStatus): void {
  if (actor.role !== 'checker' && (status === 'published' || status === 'corrected')) return
  assertEditable(actor, status)
}
