import type { SourcingExplanation } from '@claimtrail/contracts'
import {
  computeSourcingGrade,
  findSharedOrigins,
  type GradeChain,
  type GradeEvidence,
  type GradeResponse,
} from '@claimtrail/core'

/** What the grade is computed from: the claim's chains, responses, hedges and evidence. */
export interface GradableClaim {
  hedges: readonly string[]
  chains: readonly GradeChain[]
  responses: readonly GradeResponse[]
  evidence?: readonly GradeEvidence[]
}

const ref = (e: GradeChain['hops'][number]['entity']) => ({ id: e.id, name: e.name, kind: e.kind })

/** The grade and its reasons, with any circular sourcing the UI must warn about. */
export function explainSourcing(claim: GradableClaim): SourcingExplanation {
  const result = computeSourcingGrade({
    chains: claim.chains,
    responses: claim.responses,
    hedges: claim.hedges,
    evidence: claim.evidence ?? [],
  })
  return {
    computedGrade: result.grade,
    baseGrade: result.base,
    reasons: result.reasons.map((r) => ({ rule: r.rule, effect: r.effect, text: r.text })),
    sharedOrigins: findSharedOrigins(claim.chains).map((s) => ({
      origin: ref(s.origin),
      chainIndexes: [...s.chainIndexes],
    })),
  }
}
