import type {
  ENTITY_KINDS,
  EVIDENCE_RELATIONS,
  HOP_ACCESS,
  HOP_ROLES,
  RESPONSE_STANCES,
} from '@claimtrail/contracts'
import type { AdjustmentRuleId, GradeRuleId, ReasonEffect, SourcingGrade } from './grade-rules.ts'

// Inputs are typed narrowly and structurally: a ClaimInArticle's chains and responses fit as they
// are, and so do rows read from the database.

export interface GradeEntity {
  id: string
  name: string
  kind: (typeof ENTITY_KINDS)[number]
}

export interface GradeHop {
  entity: GradeEntity
  role: (typeof HOP_ROLES)[number]
  named: boolean
  onRecord: boolean
  access: (typeof HOP_ACCESS)[number]
  /** Absent means no reason was recorded. */
  anonymityReasonGiven?: boolean
}

export interface GradeChain {
  /** Origin first, the publishing article last (docs/design.md, "Attribution chain"). */
  hops: readonly GradeHop[]
}

export interface GradeResponse {
  entity: GradeEntity
  stance: (typeof RESPONSE_STANCES)[number]
  addressesPart?: string | null
}

export interface GradeEvidence {
  relation: (typeof EVIDENCE_RELATIONS)[number]
  /** Either `kind: 'primary_document'` or `primary: true` marks a published primary document. */
  kind?: 'primary_document' | 'report' | 'other'
  primary?: boolean
  title?: string | null
}

export interface SourcingGradeInput {
  chains: readonly GradeChain[]
  responses?: readonly GradeResponse[]
  hedges?: readonly string[]
  evidence?: readonly GradeEvidence[]
  /**
   * The verdict's rationale. Not read: docs/design.md keeps the sourcing grade apart from the verdict
   * (a well-sourced claim can still be false). Accepted so a claim record can be passed whole.
   */
  rationale?: string | null
}

export interface Reason {
  /** Stable id from GRADE_RULES or ADJUSTMENT_RULES, for the UI and the methodology page. */
  rule: GradeRuleId | AdjustmentRuleId
  effect: ReasonEffect
  /** Why, in plain English, for the editor. */
  text: string
}

export interface SourcingGradeResult {
  grade: SourcingGrade
  /** The grade read from the chains and documents, before corroboration, hedges and denials. */
  base: SourcingGrade
  reasons: Reason[]
}

export interface SharedOrigin {
  origin: GradeEntity
  /** Indexes into the chains given, in order. */
  chainIndexes: number[]
}
