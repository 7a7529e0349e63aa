import { type BaseCandidate, chooseBase } from './base-grade.ts'
import {
  type ChainReading,
  groupByOrigin,
  isAnonymous,
  type OriginGroup,
  readChains,
} from './chain-reading.ts'
import type {
  GradeChain,
  GradeEvidence,
  GradeResponse,
  Reason,
  SharedOrigin,
  SourcingGradeInput,
  SourcingGradeResult,
} from './grade-input.ts'
import { GRADE_ORDER, gradeOfRule, type SourcingGrade } from './grade-rules.ts'
import { answerToDenial, describeDenials, describeEvidence, joinList } from './grade-wording.ts'

export type {
  GradeChain,
  GradeEntity,
  GradeEvidence,
  GradeHop,
  GradeResponse,
  Reason,
  SharedOrigin,
  SourcingGradeInput,
  SourcingGradeResult,
} from './grade-input.ts'

const DENIAL_STANCES: ReadonlySet<GradeResponse['stance']> = new Set(['denies', 'partially_admits'])

/**
 * The sourcing grade of a claim, computed from its chains, responses, hedges and evidence, with
 * the reason for every step (docs/design.md, "Sourcing assessment"). Pure: the editor's override is
 * stored beside the result, never fed into it.
 */
export function computeSourcingGrade(input: SourcingGradeInput): SourcingGradeResult {
  const reasons: Reason[] = []
  const evidence = input.evidence ?? []
  const readings = readChains(input.chains)
  const groups = groupByOrigin(readings)

  noteSharedOrigins(groups, reasons)

  // Base: the strongest of what the claim rests on.
  const base = chooseBase(groups, readings, evidence)
  const baseGrade = gradeOfRule(base.rule)
  reasons.unshift({ rule: base.rule, effect: 'base', text: `${base.text} Base grade ${baseGrade}.` })

  noteMissingAnonymityReasons(base, reasons)

  const steps =
    corroboration(baseGrade, base, groups, evidence, reasons) +
    hedging(input.hedges ?? [], reasons) +
    denial(input.responses ?? [], readings, evidence, reasons)

  return { grade: clamped(baseGrade, steps, reasons), base: baseGrade, reasons }
}

/** Independence: chains that share an origin are one source told twice (circular sourcing). */
function noteSharedOrigins(groups: readonly OriginGroup[], reasons: Reason[]): void {
  for (const group of groups) {
    if (group.readings.length > 1) {
      reasons.push({
        rule: 'independence.shared-origin',
        effect: 'note',
        text: `${group.readings.length} chains start from ${group.origin.entity.name}, so they count as one source, not as independent corroboration (circular sourcing).`,
      })
    }
  }
}

/** Newsroom practice (AP, Reuters, BBC, NYT) asks why a source is granted anonymity. */
function noteMissingAnonymityReasons(base: BaseCandidate, reasons: Reason[]): void {
  for (const group of base.groups) {
    const origin = group.best.origin
    if (origin && isAnonymous(origin) && !origin.anonymityReasonGiven) {
      reasons.push({
        rule: 'note.no-anonymity-reason',
        effect: 'note',
        text: `The article gives no reason for granting ${origin.entity.name} anonymity.`,
      })
    }
  }
}

/**
 * Independent corroboration raises the grade one step, however many corroborate. Several
 * anonymous chains already make S3 by themselves, so they are not counted a second time.
 * Returns the steps (-1 is one step up).
 */
function corroboration(
  baseGrade: SourcingGrade,
  base: BaseCandidate,
  groups: readonly OriginGroup[],
  evidence: readonly GradeEvidence[],
  reasons: Reason[],
): number {
  const corroborating = baseGrade === 'S3' ? [] : groups.filter((g) => !base.groups.includes(g))
  const supporting = evidence.filter((e) => e.relation === 'supports' && !base.evidence.includes(e))
  if (corroborating.length === 0 && supporting.length === 0) return 0
  const parts = [
    ...corroborating.map((g) => `${g.origin.entity.name} (a separate, independent chain)`),
    ...supporting.map(describeEvidence),
  ]
  reasons.push({
    rule: 'adjust.corroboration',
    effect: 'up',
    text: `Independently corroborated: ${joinList(parts)} also ${parts.length === 1 ? 'supports' : 'support'} the claim. One step up.`,
  })
  return -1
}

/** A hedge in the article's own wording lowers it one step. */
function hedging(given: readonly string[], reasons: Reason[]): number {
  const hedges = given.filter((h) => h.trim() !== '')
  if (hedges.length === 0) return 0
  reasons.push({
    rule: 'adjust.hedge',
    effect: 'down',
    text: `The article hedges the claim (${hedges.map((h) => `“${h}”`).join(', ')}). One step down.`,
  })
  return 1
}

/**
 * A denial on the record lowers it one step, unless the sourcing answers it: a supporting
 * primary document, or a named source speaking on the record from first-hand knowledge.
 */
function denial(
  responses: readonly GradeResponse[],
  readings: readonly ChainReading[],
  evidence: readonly GradeEvidence[],
  reasons: Reason[],
): number {
  const denials = responses.filter((r) => DENIAL_STANCES.has(r.stance))
  if (denials.length === 0) return 0
  const answer = answerToDenial(readings, evidence)
  if (answer) {
    reasons.push({
      rule: 'note.denial-answered',
      effect: 'note',
      text: `${describeDenials(denials)}. The sourcing answers that: ${answer}, so the grade is not lowered.`,
    })
    return 0
  }
  reasons.push({
    rule: 'adjust.unanswered-denial',
    effect: 'down',
    text: `${describeDenials(denials)}, and the sourcing does not answer it: no published primary document supports the claim and no named source speaks on the record from first-hand knowledge. One step down.`,
  })
  return 1
}

/**
 * The steps are summed and clamped once, so corroboration that would pass S1 still offsets a
 * hedge. Clamp: S1 is the top. S6 means "unattributed": a hedge or a denial weakens an attributed
 * claim but does not take its source away, so an attributed claim bottoms out at S5. This is
 * what makes docs/design.md's worked example come out right: the Global News allegation (anonymous
 * sources relayed by Global News, base S5) is hedged ("allegations") and denied by Dong, which
 * is two steps down, and stays S5, "a second-hand relay of another outlet's anonymous sources
 * (the Dong allegation)". The S5 description already prices in the hedge and the denial that
 * come with such a relay.
 */
function clamped(baseGrade: SourcingGrade, steps: number, reasons: Reason[]): SourcingGrade {
  const baseIndex = GRADE_ORDER.indexOf(baseGrade)
  const floor = baseGrade === 'S6' ? GRADE_ORDER.length - 1 : GRADE_ORDER.indexOf('S5')
  const target = baseIndex + steps
  let index = target
  if (target < 0) {
    index = 0
    reasons.push({ rule: 'clamp.highest', effect: 'note', text: 'It stays at S1, the highest grade.' })
  } else if (target > floor) {
    index = floor
    reasons.push(
      baseGrade === 'S6'
        ? { rule: 'clamp.lowest', effect: 'note', text: 'It stays at S6, the lowest grade.' }
        : {
            rule: 'clamp.attributed-floor',
            effect: 'note',
            text: 'It stays at S5 rather than S6: S6 is kept for claims with no source at all, and a hedge or a denial does not take this claim’s source away.',
          },
    )
  }
  return GRADE_ORDER[index] ?? baseGrade
}

/**
 * Origins that more than one chain starts from: those chains are not independent (circular
 * sourcing). The UI warns with this; computeSourcingGrade counts each such origin once.
 */
export function findSharedOrigins(chains: readonly GradeChain[]): SharedOrigin[] {
  return groupByOrigin(readChains(chains))
    .filter((g) => g.readings.length > 1)
    .map((g) => ({ origin: g.origin.entity, chainIndexes: g.readings.map((r) => r.index) }))
}
