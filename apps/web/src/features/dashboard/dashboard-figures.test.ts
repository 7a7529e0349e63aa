import { describe, expect, it } from 'vitest'
import {
  formatHours,
  gradeRows,
  overdueBy,
  precisionByType,
  statusRows,
  totalOf,
} from './dashboard-figures.ts'

const byStatus = {
  draft: 3,
  in_review: 1,
  changes_requested: 0,
  approved: 0,
  published: 4,
  corrected: 0,
  retracted: 0,
}

describe('statusRows', () => {
  it('lists every status in workflow order with its share', () => {
    const rows = statusRows(byStatus)
    expect(rows.map((r) => r.key)).toEqual([
      'draft',
      'in_review',
      'changes_requested',
      'approved',
      'published',
      'corrected',
      'retracted',
    ])
    expect(rows[0]).toEqual({ key: 'draft', count: 3, share: 3 / 8 })
    expect(rows[2]?.share).toBe(0)
  })

  it('gives shares of zero when there are no claims at all', () => {
    const empty = Object.fromEntries(Object.keys(byStatus).map((k) => [k, 0])) as typeof byStatus
    expect(statusRows(empty).every((r) => r.share === 0)).toBe(true)
  })
})

describe('gradeRows', () => {
  it('orders S1 to S6 then the ungraded, filling absent grades with 0', () => {
    const rows = gradeRows({ S5: 2, ungraded: 2 } as never)
    expect(rows.map((r) => r.key)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'ungraded'])
    expect(rows.find((r) => r.key === 'S5')).toEqual({ key: 'S5', count: 2, share: 0.5 })
    expect(rows.find((r) => r.key === 'S1')?.count).toBe(0)
  })
})

describe('totalOf', () => {
  it('adds the counts', () => expect(totalOf(byStatus)).toBe(8))
})

describe('formatHours', () => {
  it.each([
    [null, '—'],
    [0, '0 minutes'],
    [1 / 60, '1 minute'],
    [0.5, '30 minutes'],
    [1, '1 hour'],
    [5.25, '5.3 hours'],
    [47.9, '47.9 hours'],
    [72, '3 days'],
    [100, '4.2 days'],
  ])('%s hours reads %s', (hours, text) => expect(formatHours(hours)).toBe(text))
})

describe('overdueBy', () => {
  const now = Date.parse('2024-05-10T12:00:00Z')
  it('counts hours under a day and whole days after', () => {
    expect(overdueBy('2024-05-10T11:30:00Z', now)).toBe('1 hour')
    expect(overdueBy('2024-05-10T07:00:00Z', now)).toBe('5 hours')
    expect(overdueBy('2024-05-09T11:00:00Z', now)).toBe('1 day')
    expect(overdueBy('2024-05-01T12:00:00Z', now)).toBe('9 days')
  })
  it('says "due now" for a deadline not yet passed or unreadable', () => {
    expect(overdueBy('2024-05-11T00:00:00Z', now)).toBe('due now')
    expect(overdueBy('not a date', now)).toBe('due now')
  })
})

describe('precisionByType', () => {
  it('sums weeks per type and extractor version, types in order, newest version first', () => {
    const rows = precisionByType([
      {
        type: 'relay',
        extractorVersion: '1',
        week: '2026-11-23',
        decided: 4,
        right: 1,
        acceptedAsIs: 1,
        precision: 0.25,
      },
      {
        type: 'quote',
        extractorVersion: '1',
        week: '2026-11-23',
        decided: 2,
        right: 2,
        acceptedAsIs: 2,
        precision: 1,
      },
      {
        type: 'relay',
        extractorVersion: '1',
        week: '2026-11-30',
        decided: 4,
        right: 3,
        acceptedAsIs: 2,
        precision: 0.75,
      },
      {
        type: 'relay',
        extractorVersion: '2',
        week: '2026-11-30',
        decided: 5,
        right: 5,
        acceptedAsIs: 4,
        precision: 1,
      },
    ])
    expect(
      rows.map((r) => [r.type, r.extractorVersion, r.decided, r.right, r.precision, r.firstWeek, r.lastWeek]),
    ).toEqual([
      ['quote', '1', 2, 2, 1, '2026-11-23', '2026-11-23'],
      ['relay', '2', 5, 5, 1, '2026-11-30', '2026-11-30'],
      ['relay', '1', 8, 4, 0.5, '2026-11-23', '2026-11-30'],
    ])
  })
})
