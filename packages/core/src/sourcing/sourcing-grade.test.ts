import { describe, expect, it } from 'vitest'
import { GRADE_RULES, SOURCING_GRADE_DESCRIPTIONS } from './grade-rules.ts'
import {
  computeSourcingGrade,
  findSharedOrigins,
  type GradeChain,
  type GradeEntity,
  type GradeHop,
  type GradeResponse,
} from './sourcing-grade.ts'

// Entities of the demo article (packages/db/src/seed/demo-entities.ts). The db package depends on
// core, so the demo claims are rebuilt here in the same shapes rather than imported.
const outlet: GradeEntity = { id: 'e-outlet', name: 'Corriere Canadese', kind: 'outlet' }
const dong: GradeEntity = { id: 'e-dong', name: 'Han Dong', kind: 'person' }
const ke: GradeEntity = { id: 'e-ke', name: 'Vincent Ke', kind: 'person' }
const globalNews: GradeEntity = { id: 'e-global', name: 'Global News', kind: 'outlet' }
const nationalSecuritySources: GradeEntity = {
  id: 'e-nss',
  name: 'Unnamed national security sources',
  kind: 'anonymous_group',
}
const officials: GradeEntity = { id: 'e-officials', name: 'Two senior officials', kind: 'anonymous_group' }
const aide: GradeEntity = { id: 'e-aide', name: 'A former aide', kind: 'anonymous_group' }
const pmo: GradeEntity = { id: 'e-pmo', name: 'Prime Minister’s Office', kind: 'government_body' }
const spokesperson: GradeEntity = { id: 'e-spox', name: 'Alex Wong', kind: 'person' }

// The article itself is the last hop of every chain (as in demo-claims.ts).
const article: GradeHop = {
  entity: outlet,
  role: 'publisher',
  named: true,
  onRecord: true,
  access: 'second_hand',
}

function named(entity: GradeEntity, access: GradeHop['access'] = 'direct'): GradeHop {
  return { entity, role: 'origin', named: true, onRecord: true, access }
}
function anonymous(entity: GradeEntity, access: GradeHop['access'], reason = false): GradeHop {
  return { entity, role: 'origin', named: false, onRecord: false, access, anonymityReasonGiven: reason }
}
const relayedBy = (entity: GradeEntity): GradeHop => ({
  entity,
  role: 'relay',
  named: true,
  onRecord: true,
  access: 'second_hand',
})
const chain = (...hops: GradeHop[]): GradeChain => ({ hops: [...hops, article] })
const denial = (entity: GradeEntity, addressesPart?: string): GradeResponse => ({
  entity,
  stance: 'denies',
  addressesPart: addressesPart ?? null,
})
const rules = (r: ReturnType<typeof computeSourcingGrade>) => r.reasons.map((x) => [x.rule, x.effect])

describe('sourcing grade: the base grade from the chains', () => {
  it('S1: a named, on-record, first-hand source', () => {
    const r = computeSourcingGrade({ chains: [chain(named(dong))] })
    expect(r).toMatchObject({ grade: 'S1', base: 'S1' })
    expect(r.reasons).toEqual([
      {
        rule: 'base.s1-named-first-hand',
        effect: 'base',
        text: 'Han Dong is named and speaks on the record from first-hand knowledge. Base grade S1.',
      },
    ])
  })

  it('S1: a published primary document that supports the claim, even with no chain', () => {
    for (const evidence of [
      { relation: 'supports' as const, kind: 'primary_document' as const, title: 'Hansard, 22 March 2023' },
      { relation: 'supports' as const, primary: true, title: 'Hansard, 22 March 2023' },
    ]) {
      const r = computeSourcingGrade({ chains: [], evidence: [evidence] })
      expect(r).toMatchObject({ grade: 'S1', base: 'S1' })
      expect(r.reasons[0]).toEqual({
        rule: 'base.s1-primary-document',
        effect: 'base',
        text: 'A published primary document supports it: “Hansard, 22 March 2023”. Base grade S1.',
      })
    }
  })

  it('a primary document that refutes or gives context does not make S1', () => {
    const r = computeSourcingGrade({
      chains: [],
      evidence: [
        { relation: 'refutes', kind: 'primary_document' },
        { relation: 'context', kind: 'primary_document' },
      ],
    })
    expect(r.grade).toBe('S6')
  })

  it('S2: an official statement, named and on the record', () => {
    const r = computeSourcingGrade({ chains: [chain(named(pmo, 'second_hand'))] })
    expect(r).toMatchObject({ grade: 'S2', base: 'S2' })
    expect(r.reasons[0]?.rule).toBe('base.s2-official-statement')
    expect(r.reasons[0]?.text).toBe(
      'An official statement: Prime Minister’s Office is named and on the record. Base grade S2.',
    )
  })

  it('S2: a named spokesperson on the record who does not know first-hand', () => {
    const r = computeSourcingGrade({ chains: [chain(named(spokesperson, 'second_hand'))] })
    expect(r).toMatchObject({ grade: 'S2', base: 'S2' })
    expect(r.reasons[0]?.rule).toBe('base.s2-named-on-record')
  })

  it('S3: two independent anonymous sources whose position to know is described', () => {
    const r = computeSourcingGrade({
      chains: [chain(anonymous(officials, 'direct', true)), chain(anonymous(aide, 'second_hand', true))],
    })
    expect(r).toMatchObject({ grade: 'S3', base: 'S3' })
    expect(r.reasons).toEqual([
      {
        rule: 'base.s3-independent-anonymous',
        effect: 'base',
        text: '2 independent anonymous sources, each with its position to know described: Two senior officials and A former aide. Base grade S3.',
      },
    ])
  })

  it('S4: a single anonymous source with described access', () => {
    const r = computeSourcingGrade({ chains: [chain(anonymous(officials, 'direct', true))] })
    expect(r).toMatchObject({ grade: 'S4', base: 'S4' })
    expect(rules(r)).toEqual([['base.s4-anonymous-described', 'base']])
  })

  it('S5: an anonymous source whose access is not described', () => {
    const r = computeSourcingGrade({ chains: [chain(anonymous(officials, 'unknown', true))] })
    expect(r).toMatchObject({ grade: 'S5', base: 'S5' })
    expect(rules(r)).toEqual([['base.s5-anonymous-undescribed', 'base']])
  })

  it('S5: anonymous sources relayed by another outlet, even with described access', () => {
    const r = computeSourcingGrade({
      chains: [chain(anonymous(officials, 'direct', true), relayedBy(globalNews))],
    })
    expect(r).toMatchObject({ grade: 'S5', base: 'S5' })
    expect(rules(r)).toEqual([['base.s5-relayed-anonymous', 'base']])
  })

  it('S5: another outlet’s report that does not say where it came from', () => {
    const r = computeSourcingGrade({ chains: [chain(named(globalNews, 'unknown'))] })
    expect(r).toMatchObject({ grade: 'S5', base: 'S5' })
    expect(r.reasons[0]?.text).toBe(
      'The claim rests on Global News’s report, which does not say where the information came from. Base grade S5.',
    )
  })

  it('S6: no chain at all', () => {
    const r = computeSourcingGrade({ chains: [] })
    expect(r).toEqual({
      grade: 'S6',
      base: 'S6',
      reasons: [
        {
          rule: 'base.s6-unattributed',
          effect: 'base',
          text: 'No source is recorded for this claim. Base grade S6.',
        },
      ],
    })
  })

  it('S6: a chain of the article alone, however it is recorded', () => {
    for (const chains of [
      [{ hops: [article] }],
      [{ hops: [{ ...article, role: 'origin' as const, access: 'unknown' as const }] }],
    ]) {
      const r = computeSourcingGrade({ chains })
      expect(r).toMatchObject({ grade: 'S6', base: 'S6' })
      expect(r.reasons[0]?.text).toBe(
        'Only the article itself stands behind the claim: it names no source. Base grade S6.',
      )
    }
  })

  it('takes the strongest chain as the base', () => {
    const r = computeSourcingGrade({
      chains: [chain(anonymous(officials, 'unknown')), chain(named(pmo, 'second_hand'))],
    })
    expect(r.base).toBe('S2')
    expect(r.reasons[0]?.rule).toBe('base.s2-official-statement')
  })

  it('notes an anonymous source granted anonymity without a reason', () => {
    const r = computeSourcingGrade({ chains: [chain(anonymous(officials, 'direct', false))] })
    expect(r.grade).toBe('S4')
    expect(r.reasons[1]).toEqual({
      rule: 'note.no-anonymity-reason',
      effect: 'note',
      text: 'The article gives no reason for granting Two senior officials anonymity.',
    })
  })
})

describe('sourcing grade: independence', () => {
  const viaGlobal = chain(anonymous(officials, 'direct', true), relayedBy(globalNews))
  const direct = chain(anonymous(officials, 'direct', true))

  it('counts two chains from the same origin once, and says so', () => {
    const r = computeSourcingGrade({ chains: [direct, viaGlobal] })
    // Two chains but one source: S4, not S3, and no corroboration.
    expect(r).toMatchObject({ grade: 'S4', base: 'S4' })
    expect(rules(r)).toEqual([
      ['base.s4-anonymous-described', 'base'],
      ['independence.shared-origin', 'note'],
    ])
    expect(r.reasons[1]?.text).toBe(
      '2 chains start from Two senior officials, so they count as one source, not as independent corroboration (circular sourcing).',
    )
  })

  it('does not let a shared named origin corroborate itself', () => {
    const r = computeSourcingGrade({
      chains: [chain(named(dong)), chain(named(dong), relayedBy(globalNews))],
    })
    expect(r.grade).toBe('S1')
    expect(rules(r)).not.toContainEqual(['adjust.corroboration', 'up'])
  })

  it('findSharedOrigins names the shared origin and its chains for the UI', () => {
    expect(findSharedOrigins([direct, chain(named(pmo)), viaGlobal])).toEqual([
      { origin: officials, chainIndexes: [0, 2] },
    ])
    expect(findSharedOrigins([direct, chain(named(pmo))])).toEqual([])
  })

  it('does not treat article-only chains as a shared origin', () => {
    const articleOnly = { hops: [{ ...article, role: 'origin' as const, access: 'unknown' as const }] }
    expect(findSharedOrigins([articleOnly, articleOnly])).toEqual([])
  })
})

describe('sourcing grade: adjustments', () => {
  it('raises one step for another independent chain', () => {
    const r = computeSourcingGrade({
      chains: [chain(named(pmo, 'second_hand')), chain(anonymous(officials, 'direct', true))],
    })
    expect(r).toMatchObject({ grade: 'S1', base: 'S2' })
    expect(r.reasons[1]).toEqual({
      rule: 'adjust.corroboration',
      effect: 'up',
      text: 'Independently corroborated: Two senior officials (a separate, independent chain) also supports the claim. One step up.',
    })
  })

  it('raises one step for supporting evidence, and only one step however much corroborates', () => {
    const r = computeSourcingGrade({
      chains: [chain(anonymous(officials, 'unknown', true)), chain(anonymous(aide, 'unknown', true))],
      evidence: [{ relation: 'supports', kind: 'report', title: 'Leaked CSIS memo, as reported' }],
    })
    expect(r).toMatchObject({ grade: 'S4', base: 'S5' })
    expect(r.reasons.filter((x) => x.effect === 'up')).toHaveLength(1)
  })

  it('does not count the anonymous chains of an S3 a second time', () => {
    const r = computeSourcingGrade({
      chains: [
        chain(anonymous(officials, 'direct', true)),
        chain(anonymous(aide, 'second_hand', true)),
        chain(anonymous(nationalSecuritySources, 'direct', true)),
      ],
    })
    expect(r).toMatchObject({ grade: 'S3', base: 'S3' })
  })

  it('lowers one step for a hedge', () => {
    const r = computeSourcingGrade({ chains: [chain(named(pmo, 'second_hand'))], hedges: ['reportedly'] })
    expect(r).toMatchObject({ grade: 'S3', base: 'S2' })
    expect(r.reasons[1]).toEqual({
      rule: 'adjust.hedge',
      effect: 'down',
      text: 'The article hedges the claim (“reportedly”). One step down.',
    })
  })

  it('ignores blank hedges', () => {
    expect(computeSourcingGrade({ chains: [chain(named(pmo, 'second_hand'))], hedges: ['  '] }).grade).toBe(
      'S2',
    )
  })

  it('lowers one step for a denial on record the sourcing does not answer', () => {
    const r = computeSourcingGrade({
      chains: [chain(anonymous(officials, 'direct', true))],
      responses: [denial(dong, 'The whole report'), { entity: dong, stance: 'declines_to_comment' }],
    })
    expect(r).toMatchObject({ grade: 'S5', base: 'S4' })
    expect(r.reasons[1]).toEqual({
      rule: 'adjust.unanswered-denial',
      effect: 'down',
      text: 'On the record, Han Dong denies “The whole report”, and the sourcing does not answer it: no published primary document supports the claim and no named source speaks on the record from first-hand knowledge. One step down.',
    })
  })

  it('counts a partial admission as a denial, and several denials as one step', () => {
    const r = computeSourcingGrade({
      chains: [chain(named(pmo, 'second_hand'))],
      responses: [{ entity: dong, stance: 'partially_admits' }, denial(dong), denial(ke)],
    })
    expect(r).toMatchObject({ grade: 'S3', base: 'S2' })
    expect(r.reasons[1]?.text).toMatch(
      /^On the record, Han Dong disputes it \(admits only part of it; denies it\) and Vincent Ke denies it,/,
    )
  })

  it('does not lower for responses that are not denials', () => {
    for (const stance of ['admits', 'confirms', 'declines_to_comment', 'did_not_respond'] as const) {
      const r = computeSourcingGrade({
        chains: [chain(anonymous(officials, 'direct', true))],
        responses: [{ entity: dong, stance }],
      })
      expect(r.grade).toBe('S4')
    }
  })

  it('does not lower for a denial answered by a supporting primary document', () => {
    const r = computeSourcingGrade({
      chains: [chain(anonymous(officials, 'direct', true))],
      responses: [denial(dong)],
      evidence: [{ relation: 'supports', kind: 'primary_document', title: 'Meeting minutes' }],
    })
    // The document is the base (S1) and the anonymous chain corroborates it; the denial is answered.
    expect(r.base).toBe('S1')
    expect(r.grade).toBe('S1')
    expect(rules(r)).toContainEqual(['note.denial-answered', 'note'])
    expect(rules(r)).not.toContainEqual(['adjust.unanswered-denial', 'down'])
    expect(r.reasons.find((x) => x.rule === 'note.denial-answered')?.text).toBe(
      'On the record, Han Dong denies it. The sourcing answers that: a published primary document supports it (“Meeting minutes”), so the grade is not lowered.',
    )
  })

  it('does not lower for a denial answered by a named, on-record, first-hand chain', () => {
    const r = computeSourcingGrade({ chains: [chain(named(ke))], responses: [denial(dong)] })
    expect(r.grade).toBe('S1')
    expect(rules(r)).toContainEqual(['note.denial-answered', 'note'])
  })
})

describe('sourcing grade: clamping', () => {
  it('never goes above S1, and says so', () => {
    const r = computeSourcingGrade({
      chains: [chain(named(dong)), chain(named(ke))],
      evidence: [{ relation: 'supports', kind: 'report' }],
    })
    expect(r).toMatchObject({ grade: 'S1', base: 'S1' })
    expect(rules(r)).toEqual([
      ['base.s1-named-first-hand', 'base'],
      ['adjust.corroboration', 'up'],
      ['clamp.highest', 'note'],
    ])
    expect(r.reasons[1]?.text).toBe(
      'Independently corroborated: Vincent Ke (a separate, independent chain) and supporting evidence also support the claim. One step up.',
    )
  })

  it('lets corroboration offset a hedge, even at the top', () => {
    const r = computeSourcingGrade({
      chains: [chain(named(dong)), chain(named(ke))],
      hedges: ['reportedly'],
    })
    expect(r.grade).toBe('S1')
    expect(rules(r)).not.toContainEqual(['clamp.highest', 'note'])
  })

  it('never goes below S6, and says so', () => {
    const r = computeSourcingGrade({
      chains: [{ hops: [article] }],
      hedges: ['it is believed'],
      responses: [denial(dong)],
    })
    expect(r).toMatchObject({ grade: 'S6', base: 'S6' })
    expect(rules(r)).toEqual([
      ['base.s6-unattributed', 'base'],
      ['adjust.hedge', 'down'],
      ['adjust.unanswered-denial', 'down'],
      ['clamp.lowest', 'note'],
    ])
  })

  it('never lowers an attributed claim to S6, which means unattributed', () => {
    const r = computeSourcingGrade({
      chains: [chain(anonymous(officials, 'direct', true))],
      hedges: ['allegedly'],
      responses: [denial(dong)],
    })
    // S4, two steps down, would be S6; a claim with a source stops at S5.
    expect(r).toMatchObject({ grade: 'S5', base: 'S4' })
    expect(r.reasons.at(-1)).toEqual({
      rule: 'clamp.attributed-floor',
      effect: 'note',
      text: 'It stays at S5 rather than S6: S6 is kept for claims with no source at all, and a hedge or a denial does not take this claim’s source away.',
    })
  })

  it('lets supporting evidence lift an unattributed claim to S5, and a hedge take it back to S6', () => {
    const evidence = [{ relation: 'supports' as const, kind: 'other' as const }]
    expect(computeSourcingGrade({ chains: [], evidence }).grade).toBe('S5')
    expect(computeSourcingGrade({ chains: [], evidence, hedges: ['reportedly'] }).grade).toBe('S6')
  })
})

describe('sourcing grade: the demo claims (packages/db/src/seed/demo-claims.ts)', () => {
  it('the Global News allegation relayed from unnamed sources, denied by Dong, is S5', () => {
    const r = computeSourcingGrade({
      chains: [chain(anonymous(nationalSecuritySources, 'unknown', false), relayedBy(globalNews))],
      hedges: ['allegations'],
      responses: [
        {
          entity: dong,
          stance: 'partially_admits',
          addressesPart: 'That he spoke with a senior Chinese diplomat about Kovrig and Spavor',
        },
        denial(dong, 'That he urged China to delay their release'),
        denial(dong, 'That he acted against the interests of Kovrig and Spavor'),
      ],
      rationale: 'The allegation rests on a single outlet relaying unnamed national security sources.',
    })
    // Base S5; the hedge and the unanswered denial are two steps down, to "S7"; an attributed
    // claim stops at S5 (S6 is for unattributed claims), so it stays S5, as docs/design.md grades it.
    expect(r).toMatchObject({ grade: 'S5', base: 'S5' })
    expect(r.reasons).toEqual([
      {
        rule: 'base.s5-relayed-anonymous',
        effect: 'base',
        text: 'The origin, Unnamed national security sources, is anonymous, with no position to know described, and reaches the article second-hand, through Global News’s report. Base grade S5.',
      },
      {
        rule: 'note.no-anonymity-reason',
        effect: 'note',
        text: 'The article gives no reason for granting Unnamed national security sources anonymity.',
      },
      {
        rule: 'adjust.hedge',
        effect: 'down',
        text: 'The article hedges the claim (“allegations”). One step down.',
      },
      {
        rule: 'adjust.unanswered-denial',
        effect: 'down',
        text: 'On the record, Han Dong disputes it (admits only “That he spoke with a senior Chinese diplomat about Kovrig and Spavor”; denies “That he urged China to delay their release”; denies “That he acted against the interests of Kovrig and Spavor”), and the sourcing does not answer it: no published primary document supports the claim and no named source speaks on the record from first-hand knowledge. One step down.',
      },
      {
        rule: 'clamp.attributed-floor',
        effect: 'note',
        text: 'It stays at S5 rather than S6: S6 is kept for claims with no source at all, and a hedge or a denial does not take this claim’s source away.',
      },
    ])
  })

  it('Dong’s own announcement in the House, named, on the record and first-hand, is S1', () => {
    const r = computeSourcingGrade({ chains: [chain(named(dong))] })
    expect(r).toMatchObject({ grade: 'S1', base: 'S1' })
  })

  it('the outlet’s own “first elected in 2018” (refuted) is S6: the refutation bears on the verdict', () => {
    const r = computeSourcingGrade({
      chains: [{ hops: [{ ...article, role: 'origin', access: 'unknown' }] }],
      evidence: [{ relation: 'refutes', kind: 'report', title: 'Han Dong — Wikipedia' }],
    })
    expect(r).toMatchObject({ grade: 'S6', base: 'S6' })
    expect(rules(r)).toEqual([['base.s6-unattributed', 'base']])
  })

  it('Ke’s resignation, on his own record, is S1: his denial of the allegation is answered by himself', () => {
    const r = computeSourcingGrade({
      chains: [chain(named(ke))],
      responses: [denial(ke, 'The Global News allegation behind his resignation')],
    })
    expect(r).toMatchObject({ grade: 'S1', base: 'S1' })
    expect(r.reasons[1]).toEqual({
      rule: 'note.denial-answered',
      effect: 'note',
      text: 'On the record, Vincent Ke denies “The Global News allegation behind his resignation”. The sourcing answers that: Vincent Ke speaks to it on the record from first-hand knowledge, so the grade is not lowered.',
    })
  })

  it('the Ke allegation, resting on Global News’s unattributed report and denied by Ke, is S5', () => {
    const r = computeSourcingGrade({
      chains: [chain(named(globalNews, 'unknown'))],
      hedges: ['accused', 'allegations'],
      responses: [denial(ke, 'The whole allegation')],
    })
    expect(r).toMatchObject({ grade: 'S5', base: 'S5' })
  })

  it('the “preferred by Beijing” claim, a Global News relay with no origin recorded, is S5', () => {
    const r = computeSourcingGrade({ chains: [chain(relayedBy(globalNews))], responses: [denial(dong)] })
    expect(r).toMatchObject({ grade: 'S5', base: 'S5' })
    expect(r.reasons[0]?.rule).toBe('base.s5-outlet-report')
  })
})

describe('sourcing grade: the rule table', () => {
  it('describes every grade, and every grade has a base rule', () => {
    expect(Object.keys(SOURCING_GRADE_DESCRIPTIONS)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6'])
    expect(new Set(GRADE_RULES.map((r) => r.grade)).size).toBe(6)
    expect(new Set(GRADE_RULES.map((r) => r.id)).size).toBe(GRADE_RULES.length)
  })
})
