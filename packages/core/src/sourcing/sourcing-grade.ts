import type {
  ENTITY_KINDS,
  EVIDENCE_RELATIONS,
  HOP_ACCESS,
  HOP_ROLES,
  RESPONSE_STANCES,
} from '@claimtrail/contracts'
import {
  type AdjustmentRuleId,
  GRADE_ORDER,
  type GradeRuleId,
  gradeOfRule,
  type ReasonEffect,
  type SourcingGrade,
} from './grade-rules.ts'

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

/** How one chain grades on its own. */
interface ChainReading {
  index: number
  /** The first hop beyond the article; undefined when the article stands alone. */
  origin: GradeHop | undefined
  rule: GradeRuleId
  text: string
}

/** Chains sharing one origin: not independent, so they count as one source. */
interface OriginGroup {
  origin: GradeHop
  readings: ChainReading[]
  best: ChainReading
}

interface BaseCandidate {
  rule: GradeRuleId
  text: string
  groups: readonly OriginGroup[]
  evidence: readonly GradeEvidence[]
}

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

  // Independence: chains that share an origin are one source told twice (circular sourcing).
  for (const group of groups) {
    if (group.readings.length > 1) {
      reasons.push({
        rule: 'independence.shared-origin',
        effect: 'note',
        text: `${group.readings.length} chains start from ${group.origin.entity.name}, so they count as one source, not as independent corroboration (circular sourcing).`,
      })
    }
  }

  // Base: the strongest of what the claim rests on.
  const base = chooseBase(groups, readings, evidence)
  const baseGrade = gradeOfRule(base.rule)
  reasons.unshift({ rule: base.rule, effect: 'base', text: `${base.text} Base grade ${baseGrade}.` })

  // Newsroom practice (AP, Reuters, BBC, NYT) asks why a source is granted anonymity.
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

  let steps = 0

  // Independent corroboration raises the grade one step, however many corroborate. Several
  // anonymous chains already make S3 by themselves, so they are not counted a second time.
  const corroborating = baseGrade === 'S3' ? [] : groups.filter((g) => !base.groups.includes(g))
  const supporting = evidence.filter((e) => e.relation === 'supports' && !base.evidence.includes(e))
  if (corroborating.length > 0 || supporting.length > 0) {
    steps -= 1
    const parts = [
      ...corroborating.map((g) => `${g.origin.entity.name} (a separate, independent chain)`),
      ...supporting.map(describeEvidence),
    ]
    reasons.push({
      rule: 'adjust.corroboration',
      effect: 'up',
      text: `Independently corroborated: ${joinList(parts)} also ${parts.length === 1 ? 'supports' : 'support'} the claim. One step up.`,
    })
  }

  // A hedge in the article's own wording lowers it one step.
  const hedges = (input.hedges ?? []).filter((h) => h.trim() !== '')
  if (hedges.length > 0) {
    steps += 1
    reasons.push({
      rule: 'adjust.hedge',
      effect: 'down',
      text: `The article hedges the claim (${hedges.map((h) => `“${h}”`).join(', ')}). One step down.`,
    })
  }

  // A denial on the record lowers it one step, unless the sourcing answers it: a supporting
  // primary document, or a named source speaking on the record from first-hand knowledge.
  const denials = (input.responses ?? []).filter((r) => DENIAL_STANCES.has(r.stance))
  if (denials.length > 0) {
    const answer = answerToDenial(readings, evidence)
    if (answer) {
      reasons.push({
        rule: 'note.denial-answered',
        effect: 'note',
        text: `${describeDenials(denials)}. The sourcing answers that: ${answer}, so the grade is not lowered.`,
      })
    } else {
      steps += 1
      reasons.push({
        rule: 'adjust.unanswered-denial',
        effect: 'down',
        text: `${describeDenials(denials)}, and the sourcing does not answer it: no published primary document supports the claim and no named source speaks on the record from first-hand knowledge. One step down.`,
      })
    }
  }

  // The steps are summed and clamped once, so corroboration that would pass S1 still offsets a
  // hedge. Clamp: S1 is the top. S6 means "unattributed": a hedge or a denial weakens an attributed
  // claim but does not take its source away, so an attributed claim bottoms out at S5. This is
  // what makes docs/design.md's worked example come out right: the Global News allegation (anonymous
  // sources relayed by Global News, base S5) is hedged ("allegations") and denied by Dong, which
  // is two steps down, and stays S5, "a second-hand relay of another outlet's anonymous sources
  // (the Dong allegation)". The S5 description already prices in the hedge and the denial that
  // come with such a relay.
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

  return { grade: GRADE_ORDER[index] ?? baseGrade, base: baseGrade, reasons }
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

function readChains(chains: readonly GradeChain[]): ChainReading[] {
  // The article is the last hop of every chain; its outlet may appear by entity in other chains.
  const publisherIds = new Set(
    chains.flatMap((c) => c.hops.filter((h) => h.role === 'publisher').map((h) => h.entity.id)),
  )
  return chains.map((chain, index) => readChain(chain, index, publisherIds))
}

function readChain(chain: GradeChain, index: number, publisherIds: ReadonlySet<string>): ChainReading {
  const sources = chain.hops.filter((h) => h.role !== 'publisher' && !publisherIds.has(h.entity.id))
  const [origin, ...relays] = sources
  const only = chain.hops.length === 1 ? chain.hops[0] : undefined
  // S6: nothing behind the article. A chain of one outlet hop that does not speak first-hand is
  // the article talking in its own voice (that is how an outlet's own assertion is recorded).
  if (!origin || (only && only.entity.kind === 'outlet' && only.access !== 'direct')) {
    return {
      index,
      origin: undefined,
      rule: 'base.s6-unattributed',
      text: 'Only the article itself stands behind the claim: it names no source.',
    }
  }
  const name = origin.entity.name
  const relay = relays.find((h) => h.entity.kind === 'outlet')
  const via = relay ? `, relayed by ${relay.entity.name}` : ''

  if (!isAnonymous(origin)) {
    // S1: named, on the record, first-hand. A relay does not weaken an on-record statement.
    if (origin.access === 'direct') {
      return {
        index,
        origin,
        rule: 'base.s1-named-first-hand',
        text: `${name} is named and speaks on the record from first-hand knowledge${via}.`,
      }
    }
    // Another outlet cited for facts it does not attribute: its sources are anonymous by omission,
    // which is no better than a relay of anonymous sources (S5).
    if (origin.entity.kind === 'outlet') {
      return {
        index,
        origin,
        rule: 'base.s5-outlet-report',
        text: `The claim rests on ${name}’s report, which does not say where the information came from.`,
      }
    }
    // S2: official statement (an organisation or government body on the record) ...
    if (origin.entity.kind === 'organisation' || origin.entity.kind === 'government_body') {
      return {
        index,
        origin,
        rule: 'base.s2-official-statement',
        text: `An official statement: ${name} is named and on the record${via}.`,
      }
    }
    // ... or a named person on the record who does not know the facts first-hand (spokesperson).
    return {
      index,
      origin,
      rule: 'base.s2-named-on-record',
      text: `${name} is named and on the record, but is not said to know the facts first-hand${via}.`,
    }
  }

  // "The origin, X, is" reads right whether X is a person or a group ("unnamed sources").
  const anonymous = `The origin, ${name}, ${origin.named ? 'speaks off the record' : 'is anonymous'}`
  // S5: anonymous sources reaching the article through another outlet's report.
  if (relay) {
    const access = origin.access === 'unknown' ? ', with no position to know described,' : ''
    return {
      index,
      origin,
      rule: 'base.s5-relayed-anonymous',
      text: `${anonymous}${access} and reaches the article second-hand, through ${relay.entity.name}’s report.`,
    }
  }
  // S5: an anonymous source whose position to know is not described.
  if (origin.access === 'unknown') {
    return {
      index,
      origin,
      rule: 'base.s5-anonymous-undescribed',
      text: `${anonymous}, and its position to know is not described.`,
    }
  }
  // S4: one anonymous source with described access (first- or second-hand).
  return {
    index,
    origin,
    rule: 'base.s4-anonymous-described',
    text: `${anonymous}; its position to know is described (${origin.access === 'direct' ? 'first-hand' : 'second-hand'}).`,
  }
}

function groupByOrigin(readings: readonly ChainReading[]): OriginGroup[] {
  const groups = new Map<string, OriginGroup>()
  for (const reading of readings) {
    if (!reading.origin) continue // unattributed chains have no origin to share
    const group = groups.get(reading.origin.entity.id)
    if (!group) {
      groups.set(reading.origin.entity.id, { origin: reading.origin, readings: [reading], best: reading })
      continue
    }
    group.readings.push(reading)
    if (rank(reading.rule) < rank(group.best.rule)) group.best = reading
  }
  return [...groups.values()]
}

function chooseBase(
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

/** What answers a denial, in words, or undefined when nothing does. */
function answerToDenial(readings: readonly ChainReading[], evidence: readonly GradeEvidence[]) {
  const document = evidence.find((e) => e.relation === 'supports' && isPrimaryDocument(e))
  if (document) {
    return `a published primary document supports it${document.title ? ` (“${document.title}”)` : ''}`
  }
  const firstHand = readings.find((r) => r.rule === 'base.s1-named-first-hand')
  if (firstHand?.origin) {
    return `${firstHand.origin.entity.name} speaks to it on the record from first-hand knowledge`
  }
  return undefined
}

function describeDenials(denials: readonly GradeResponse[]): string {
  const byParty = new Map<string, { name: string; parts: string[] }>()
  for (const r of denials) {
    const addressed = r.addressesPart?.trim()
    let part: string
    if (r.stance === 'denies') part = addressed ? `denies “${addressed}”` : 'denies it'
    else part = addressed ? `admits only “${addressed}”` : 'admits only part of it'
    const party = byParty.get(r.entity.id) ?? { name: r.entity.name, parts: [] }
    party.parts.push(part)
    byParty.set(r.entity.id, party)
  }
  const parties = [...byParty.values()].map((p) =>
    p.parts.length === 1 ? `${p.name} ${p.parts[0]}` : `${p.name} disputes it (${p.parts.join('; ')})`,
  )
  return `On the record, ${joinList(parties)}`
}

function describeEvidence(e: GradeEvidence): string {
  const what = isPrimaryDocument(e) ? 'the primary document' : 'the evidence'
  return e.title
    ? `${what} “${e.title}”`
    : isPrimaryDocument(e)
      ? 'a primary document'
      : 'supporting evidence'
}

function isAnonymous(hop: GradeHop): boolean {
  return !hop.named || !hop.onRecord
}

function isPrimaryDocument(e: GradeEvidence): boolean {
  return e.kind === 'primary_document' || e.primary === true
}

function rank(rule: GradeRuleId): number {
  return GRADE_ORDER.indexOf(gradeOfRule(rule))
}

function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}
