import { describe, expect, it } from 'vitest'
import { waitingTime } from './waiting-time.ts'

const now = Date.parse('2024-03-10T12:00:00Z')

describe('waitingTime', () => {
  it('names the largest whole unit', () => {
    expect(waitingTime('2024-03-10T11:59:30Z', now)).toBe('under a minute')
    expect(waitingTime('2024-03-10T11:59:00Z', now)).toBe('1 minute')
    expect(waitingTime('2024-03-10T10:30:00Z', now)).toBe('1 hour')
    expect(waitingTime('2024-03-10T02:00:00Z', now)).toBe('10 hours')
    expect(waitingTime('2024-03-07T11:00:00Z', now)).toBe('3 days')
  })

  it('does not count the future or nonsense as waiting', () => {
    expect(waitingTime('2024-03-11T00:00:00Z', now)).toBe('under a minute')
    expect(waitingTime('not a date', now)).toBe('under a minute')
  })
})
