import { describe, expect, it } from 'vitest'
import { feedTarget } from './feed-keys.ts'

describe('feedTarget', () => {
  it('moves a row with the arrows, a page with Page Up / Down, to the ends with Home / End', () => {
    expect(feedTarget('ArrowDown', 4, 5, 9)).toBe(5)
    expect(feedTarget('ArrowUp', 4, 5, 9)).toBe(3)
    expect(feedTarget('PageDown', 4, 5, 9)).toBe(9)
    expect(feedTarget('PageUp', 4, 5, 9)).toBe(-1)
    expect(feedTarget('Home', 4, 5, 9)).toBe(0)
    expect(feedTarget('End', 4, 5, 9)).toBe(9)
  })

  it('leaves other keys alone', () => {
    expect(feedTarget('Enter', 4, 5, 9)).toBeNull()
    expect(feedTarget('a', 4, 5, 9)).toBeNull()
  })
})
