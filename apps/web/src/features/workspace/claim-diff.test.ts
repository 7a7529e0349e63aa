import type { EntityRef } from '@claimtrail/contracts'
import { describe, expect, it } from 'vitest'
import { type ClaimFields, changedFields, diffConflict, reapply, updateBody } from './claim-diff.ts'

const dong: EntityRef = { id: '00000000-0000-4000-8000-000000000001', name: 'Han Dong', kind: 'person' }
const global: EntityRef = { id: '00000000-0000-4000-8000-000000000002', name: 'Global News', kind: 'outlet' }

const read: ClaimFields = {
  statement: 'Dong resigned.',
  headline: 'Dong resigned',
  kind: 'statement_of_fact',
  claimant: null,
  subjects: [dong],
  hedges: [],
}

describe('changedFields and updateBody', () => {
  it('keeps only what the user changed, as the API’s PATCH body', () => {
    const mine = { ...read, headline: ' Dong left the caucus ', claimant: global, subjects: [dong] }
    const changes = changedFields(read, mine)
    expect(Object.keys(changes)).toEqual(['headline', 'claimant'])
    expect(updateBody(changes)).toEqual({ headline: 'Dong left the caucus', claimantId: global.id })
  })

  it('compares subjects by id whatever their order', () => {
    const before = { ...read, subjects: [dong, global] }
    expect(changedFields(before, { ...before, subjects: [global, dong] })).toEqual({})
  })
})

describe('diffConflict', () => {
  it('lists every field either side changed, with the three values', () => {
    const mine = { ...read, headline: 'Mine', hedges: ['allegedly'] }
    const theirs = { ...read, headline: 'Theirs', kind: 'allegation' as const }
    const diff = diffConflict(read, mine, theirs)
    expect(diff.map((d) => [d.field, d.changedByMe, d.changedByThem, d.clash])).toEqual([
      ['headline', true, true, true],
      ['kind', false, true, false],
      ['hedges', true, false, false],
    ])
    expect(diff[0]).toMatchObject({ read: 'Dong resigned', mine: 'Mine', theirs: 'Theirs' })
    expect(diff[1]).toMatchObject({ read: 'Statement of fact', theirs: 'Allegation' })
    expect(diff[2]).toMatchObject({ read: '(none)', mine: '“allegedly”' })
  })

  it('does not call the same change made by both a clash', () => {
    const same = { ...read, headline: 'Same' }
    expect(diffConflict(read, same, same)[0]?.clash).toBe(false)
  })

  it('is empty when nothing differs', () => {
    expect(diffConflict(read, read, read)).toEqual([])
  })
})

describe('reapply', () => {
  it('lays the user’s changes over the current claim, keeping the other person’s', () => {
    const mine = { ...read, headline: 'Mine' }
    const theirs = { ...read, statement: 'Theirs', headline: 'Theirs' }
    expect(reapply(read, mine, theirs)).toEqual({ ...read, statement: 'Theirs', headline: 'Mine' })
  })
})
