import type { ClaimDetail } from '@claimtrail/contracts'
import { schema, type Tx } from '@claimtrail/db'

const { sourcingAssessments } = schema

/**
 * Keeps the stored computed grade in step with the claim's sourcing after a write, so lists,
 * dashboards and the ledger can filter by it without recomputing. The editor's override, if any,
 * stays as it was.
 */
export async function syncComputedGrade(tx: Tx, claim: ClaimDetail): Promise<ClaimDetail> {
  const computed = claim.sourcing.computedGrade
  if (claim.assessment?.computedGrade === computed) return claim
  await tx
    .insert(sourcingAssessments)
    .values({ claimId: claim.id, computedGrade: computed })
    .onConflictDoUpdate({
      target: sourcingAssessments.claimId,
      set: { computedGrade: computed, updatedAt: new Date() },
    })
  const assessment = claim.assessment ?? {
    informationCredibility: null,
    computedGrade: null,
    overrideGrade: null,
    overrideReason: null,
    sourceReliability: [],
  }
  return {
    ...claim,
    assessment: { ...assessment, computedGrade: computed },
    sourcingGrade: assessment.overrideGrade ?? computed,
  }
}
