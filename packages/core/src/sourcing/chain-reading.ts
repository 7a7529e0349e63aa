import type { GradeChain, GradeHop } from './grade-input.ts'
import { GRADE_ORDER, type GradeRuleId, gradeOfRule } from './grade-rules.ts'

/** How one chain grades on its own. */
export interface ChainReading {
  index: number
  /** The first hop beyond the article; undefined when the article stands alone. */
  origin: GradeHop | undefined
  rule: GradeRuleId
  text: string
}

/** Chains sharing one origin: not independent, so they count as one source. */
export interface OriginGroup {
  origin: GradeHop
  readings: ChainReading[]
  best: ChainReading
}

export function readChains(chains: readonly GradeChain[]): ChainReading[] {
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
  const relay = relays.find((h) => h.entity.kind === 'outlet')
  if (!isAnonymous(origin)) return namedOrigin(index, origin, relay)
  return anonymousOrigin(index, origin, relay)
}

/** A chain whose origin is named and on the record: S1, S2, or S5 for an outlet's unsourced report. */
function namedOrigin(index: number, origin: GradeHop, relay: GradeHop | undefined): ChainReading {
  const name = origin.entity.name
  const via = relay ? `, relayed by ${relay.entity.name}` : ''
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

/** A chain whose origin is anonymous or off the record: S4 or S5. */
function anonymousOrigin(index: number, origin: GradeHop, relay: GradeHop | undefined): ChainReading {
  const name = origin.entity.name
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

export function groupByOrigin(readings: readonly ChainReading[]): OriginGroup[] {
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

export function isAnonymous(hop: GradeHop): boolean {
  return !hop.named || !hop.onRecord
}

export function rank(rule: GradeRuleId): number {
  return GRADE_ORDER.indexOf(gradeOfRule(rule))
}
