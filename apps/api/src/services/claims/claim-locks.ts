import type { Role } from '@claimtrail/contracts'
import { schema, type Tx } from '@claimtrail/db'
import { eq } from 'drizzle-orm'
import { NotFoundError } from '../../errors.ts'
import { assertVersion } from '../concurrency.ts'
import { loadClaimDetail } from './claim-view.ts'

const { claims } = schema

/**
 * Locks a claim row for the rest of the transaction. Every write to a claim or to anything it
 * owns goes through here first, so concurrent writers queue and the version check is exact.
 */
export async function lockClaim(tx: Tx, claimId: string) {
  const [row] = await tx.select().from(claims).where(eq(claims.id, claimId)).for('update')
  if (!row) throw new NotFoundError('Claim')
  return row
}

/** Marks the claim changed: its version moves on, so every ETag of it goes stale. */
export async function touchClaim(tx: Tx, claimId: string, currentVersion: number) {
  const [row] = await tx
    .update(claims)
    .set({ version: currentVersion + 1, updatedAt: new Date() })
    .where(eq(claims.id, claimId))
    .returning()
  if (!row) throw new NotFoundError('Claim')
  return row
}

/**
 * The claim-level version check: a stale write gets 409 with the claim as the client knows it
 * (the same ClaimDetail shape every claim route answers), so the conflict screen can diff it.
 */
export async function assertClaimVersion(
  tx: Tx,
  claim: { id: string; version: number },
  sent: number,
  role: Role,
): Promise<void> {
  if (claim.version === sent) return
  const current = await loadClaimDetail(tx, claim.id, role)
  assertVersion('The claim', claim.version, sent, () => current)
}
