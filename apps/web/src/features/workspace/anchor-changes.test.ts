import { describe, expect, it } from 'vitest'
import { anchorFate, countFates } from './anchor-changes.ts'

const previous = 'Han Dong has thrown in the towel. He resigned.'
const current = 'TORONTO – Han Dong has thrown in the towel. He resigned today.'

const at = (text: string, exact: string, orphaned = false) => {
  const start = text.indexOf(exact)
  return { start, end: start + exact.length, exact, orphaned }
}

describe('anchorFate', () => {
  it('tells same place, moved, changed words and orphans apart', () => {
    expect(anchorFate(previous, at(previous, 'Han Dong'))).toBe('same')
    expect(anchorFate(previous, at(current, 'thrown in the towel'))).toBe('moved')
    expect(anchorFate(previous, at(current, 'He resigned today'))).toBe('changed')
    expect(anchorFate(previous, { start: 0, end: 3, exact: 'Han', orphaned: true })).toBe('orphaned')
  })

  it('counts fates', () => {
    expect(countFates(['same', 'moved', 'same', 'orphaned'])).toEqual({
      same: 2,
      moved: 1,
      changed: 0,
      orphaned: 1,
    })
  })
})
