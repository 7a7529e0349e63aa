import { type ChainReading, type OriginGroup, rank } from './chain-reading.ts'
import type { GradeEvidence } from './grade-input.ts'
import type { GradeRuleId } from './grade-rules.ts'
import { isPrimaryDocument, joinList } from './grade-wording.ts'

export interface BaseCandidate {
  rule: GradeRuleId
  text: string
  groups: readonly OriginGroup[]
  evidence: readonly GradeEvidence[]
}

/** The strongest of what the claim rests on: one origin's chains, independent anonymous sources, or a primary document. */
export function chooseBase(
  groups: readonly OriginGroup[],
  readings: readonly ChainReading[],
  evidence: readonly GradeEvidence[],
): BaseCandidate {
  const candidates: BaseCandidate[] = groups.map((g) => ({
    rule: g.best.rule,
    text: g.best.text,
    groups: [g],
    evidence: [],
  }))

  // S3: two or more independent anonymous origins, each with its position to know described.
  const described = groups.filter((g) => g.best.rule === 'base.s4-anonymous-described')
  if (described.length >= 2) {
    candidates.push({
      rule: 'base.s3-independent-anonymous',
      text: `${described.length} independent anonymous sources, each with its position to know described: ${joinList(described.map((g) => g.origin.entity.name))}.`,
      groups: described,
      evidence: [],
    })
  }

  // S1: a published primary document that supports the claim.
  const document = evidence.find((e) => e.relation === 'supports' && isPrimaryDocument(e))
  if (document) {
    candidates.push({
      rule: 'base.s1-primary-document',
      text: `A published primary document supports it${document.title ? `: “${document.title}”` : ''}.`,
      groups: [],
      evidence: [document],
    })
  }

  // The strongest wins; on a tie the first (chains before documents) is the base and the
  // others corroborate it.
  const best = candidates.reduce<BaseCandidate | undefined>(
    (a, c) => (a && rank(a.rule) <= rank(c.rule) ? a : c),
    undefined,
  )
  if (best) return best

  // S6: nothing attributed. Say whether chains were recorded at all.
  return {
    rule: 'base.s6-unattributed',
    text: readings[0]?.text ?? 'No source is recorded for this claim.',
    groups: [],
    evidence: [],
  }
}
