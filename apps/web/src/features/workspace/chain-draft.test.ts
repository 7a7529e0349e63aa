import type { Chain, EntityRef } from '@claimtrail/contracts'
import { describe, expect, it } from 'vitest'
import { type DraftHop, draftOf, hopInputs, newHop, previewOf } from './chain-draft.ts'

const mayor = { id: '00000000-0000-4000-8000-000000000001', name: 'Mayor', kind: 'person' } as EntityRef
const BODY = 'The mayor said, according to aides, that taxes fell. Aides said so.'

const hop = (change: Partial<DraftHop>): DraftHop => ({ ...newHop('relay'), entity: mayor, ...change })

describe('newHop', () => {
  it('starts an origin anonymous and off the record, other roles named and on it', () => {
    expect(newHop('origin')).toMatchObject({ named: false, onRecord: false, access: 'unknown', entity: null })
    expect(newHop('relay')).toMatchObject({ named: true, onRecord: true })
    expect(newHop('relay').uid).not.toBe(newHop('relay').uid)
  })
})

describe('hopInputs', () => {
  it('leaves out hops without an entity', () => {
    expect(hopInputs([newHop('origin')], BODY, 0)).toEqual([])
  })

  it('keeps the offsets of cue words selected in the text', () => {
    const [input] = hopInputs([hop({ cue: 'according to aides', cueSpan: { start: 16, end: 34 } })], BODY, 0)
    expect(input).toMatchObject({ cue: 'according to aides', cueStart: 16, cueEnd: 34 })
  })

  it('finds typed cue words nearest the claim, and sends them without offsets when absent', () => {
    const [near] = hopInputs([hop({ cue: 'Aides' })], BODY, 60)
    expect(near).toMatchObject({ cueStart: 53, cueEnd: 58 })
    const [absent] = hopInputs([hop({ cue: 'sources say' })], BODY, 0)
    expect(absent).toMatchObject({ cue: 'sources say', cueStart: null, cueEnd: null })
    const [noText] = hopInputs([hop({ cue: 'Aides' })], null, 0)
    expect(noText).toMatchObject({ cue: 'Aides', cueStart: null })
  })

  it('sends no anonymity reason for a named source', () => {
    const [input] = hopInputs([hop({ named: true, anonymityReasonGiven: true })], BODY, 0)
    expect(input?.anonymityReasonGiven).toBe(false)
  })
})

describe('draftOf and previewOf', () => {
  it('round-trips a chain in hop order', () => {
    const chain = previewOf([hop({ role: 'origin', cue: 'aides', cueSpan: { start: 29, end: 34 } }), hop({})])
    expect(chain.hops.map((h) => h.position)).toEqual([0, 1])
    const reversed: Chain = { ...chain, hops: [...chain.hops].reverse() }
    const drafts = draftOf(reversed)
    expect(drafts.map((d) => d.role)).toEqual(['origin', 'relay'])
    expect(drafts[0]?.cueSpan).toEqual({ start: 29, end: 34 })
    expect(drafts[1]?.cue).toBe('')
  })

  it('draws only the hops with an entity', () => {
    expect(previewOf([newHop('origin'), hop({})]).hops).toHaveLength(1)
  })
})
