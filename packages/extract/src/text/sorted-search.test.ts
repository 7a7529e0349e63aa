import { describe, expect, it } from 'vitest'
import { countBefore } from './sorted-search.ts'

describe('countBefore', () => {
  const offsets = [2, 5, 5, 9]
  it('is the index of the first item not before the point', () => {
    expect(countBefore(offsets, (o) => o < 0)).toBe(0)
    expect(countBefore(offsets, (o) => o < 5)).toBe(1)
    expect(countBefore(offsets, (o) => o <= 5)).toBe(3)
    expect(countBefore(offsets, (o) => o < 100)).toBe(4)
  })
  it('is 0 on an empty list', () => {
    expect(countBefore([], () => true)).toBe(0)
  })
})
