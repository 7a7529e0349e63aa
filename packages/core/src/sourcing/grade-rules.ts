import type { SOURCING_GRADES } from '@claimtrail/contracts'

export type SourcingGrade = (typeof SOURCING_GRADES)[number]

/** The grades in order, strongest first: a step up is one index down. */
export const GRADE_ORDER: readonly SourcingGrade[] = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6']

/** The sourcing grades as docs/design.md defines them, for the UI and the methodology page. */
export const SOURCING_GRADE_DESCRIPTIONS: Readonly<Record<SourcingGrade, string>> = {
  S1: 'A named, on-record, first-hand source, or a published primary document',
  S2: 'A named spokesperson, an official statement, or documents the outlet obtained',
  S3: 'Several independent anonymous sources whose position to know is described',
  S4: 'A single anonymous source with described access',
  S5: 'A second-hand relay of another outlet’s anonymous sources',
  S6: 'Unattributed (“it is believed”)',
}

export interface GradeRule {
  id: string
  grade: SourcingGrade
  /** The rule in plain English, as the methodology page shows it. */
  description: string
}

/**
 * How the base grade is read from the chains (docs/design.md, "Sourcing assessment"), strongest
 * first. The computation looks each grade up here, so the methodology page shows the data the
 * code uses. Newsroom practice behind them: AP, Reuters, BBC and New York Times policies on
 * anonymous sources (a source in a position to know, two independent sources preferred).
 */
export const GRADE_RULES = [
  {
    id: 'base.s1-named-first-hand',
    grade: 'S1',
    description: 'The origin is named, speaks on the record, and knows the facts first-hand.',
  },
  {
    id: 'base.s1-primary-document',
    grade: 'S1',
    description: 'A published primary document supports the claim.',
  },
  {
    id: 'base.s2-official-statement',
    grade: 'S2',
    description:
      'The origin is an organisation or government body, named and on the record: an official statement.',
  },
  {
    id: 'base.s2-named-on-record',
    grade: 'S2',
    description:
      'The origin is named and on the record but does not speak from first-hand knowledge (a spokesperson).',
  },
  {
    id: 'base.s3-independent-anonymous',
    grade: 'S3',
    description:
      'Two or more independent anonymous sources (different origins), each with its position to know described.',
  },
  {
    id: 'base.s4-anonymous-described',
    grade: 'S4',
    description: 'A single anonymous source whose position to know (first- or second-hand) is described.',
  },
  {
    id: 'base.s5-relayed-anonymous',
    grade: 'S5',
    description: 'Anonymous sources relayed second-hand through another outlet’s report.',
  },
  {
    id: 'base.s5-anonymous-undescribed',
    grade: 'S5',
    description: 'An anonymous source whose position to know is not described.',
  },
  {
    id: 'base.s5-outlet-report',
    grade: 'S5',
    description:
      'Another outlet’s report that does not say where it came from: its sources are anonymous by omission.',
  },
  {
    id: 'base.s6-unattributed',
    grade: 'S6',
    description: 'No source beyond the article itself (“it is believed”), or no chain recorded at all.',
  },
] as const satisfies readonly GradeRule[]

export type GradeRuleId = (typeof GRADE_RULES)[number]['id']

export type ReasonEffect = 'base' | 'up' | 'down' | 'note'

export interface AdjustmentRule {
  id: string
  effect: Exclude<ReasonEffect, 'base'>
  description: string
}

/** What moves the grade from its base, and the notes that explain what did not. */
export const ADJUSTMENT_RULES = [
  {
    id: 'independence.shared-origin',
    effect: 'note',
    description:
      'Chains that start from the same origin are not independent (circular sourcing): they count once.',
  },
  {
    id: 'note.no-anonymity-reason',
    effect: 'note',
    description: 'An anonymous source is used without a reason for the anonymity being given.',
  },
  {
    id: 'adjust.corroboration',
    effect: 'up',
    description:
      'Another independent chain, or supporting evidence, reaches the same claim: one step up. Anonymous chains that already make S3 count once.',
  },
  {
    id: 'adjust.hedge',
    effect: 'down',
    description: 'The article hedges the claim (“allegedly”, “reportedly”): one step down.',
  },
  {
    id: 'adjust.unanswered-denial',
    effect: 'down',
    description:
      'A party the claim concerns denies it (or admits only part of it) on the record, and the sourcing does not answer the denial — no supporting primary document and no named, on-record, first-hand source: one step down.',
  },
  {
    id: 'note.denial-answered',
    effect: 'note',
    description:
      'A denial on the record that the sourcing answers (a supporting primary document, or a named, on-record, first-hand source) does not lower the grade.',
  },
  {
    id: 'clamp.highest',
    effect: 'note',
    description: 'S1 is the highest grade: adjustments never go above it.',
  },
  {
    id: 'clamp.attributed-floor',
    effect: 'note',
    description:
      'S6 means unattributed. A hedge or a denial does not take a claim’s source away, so an attributed claim is lowered to S5 at most.',
  },
  {
    id: 'clamp.lowest',
    effect: 'note',
    description: 'S6 is the lowest grade: adjustments never go below it.',
  },
] as const satisfies readonly AdjustmentRule[]

export type AdjustmentRuleId = (typeof ADJUSTMENT_RULES)[number]['id']

export function gradeOfRule(id: GradeRuleId): SourcingGrade {
  const rule = GRADE_RULES.find((r) => r.id === id)
  if (!rule) throw new Error(`unknown grade rule ${id}`)
  return rule.grade
}
