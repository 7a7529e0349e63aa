import { describe, expect, it } from 'vitest'
import { scoreCheckWorthiness } from './check-worthiness.ts'

describe('scoreCheckWorthiness', () => {
  it('ranks specific, attributed facts above opinion and colour', () => {
    const fact = scoreCheckWorthiness(
      'Dong told a senior Chinese diplomat in February 2021 that China should delay the release of Michael Kovrig',
      {
        attributed: true,
        anonymousSource: true,
      },
    )
    const colour = scoreCheckWorthiness('I think it was a difficult, emotional evening for all of us', {
      attributed: true,
    })
    expect(fact.score).toBeGreaterThan(0.8)
    expect(colour.score).toBeLessThan(0.3)
    expect(fact.reasons.some((r) => r.includes('date'))).toBe(true)
  })

  it('stays within [0, 1] on any input', () => {
    for (const s of [
      '',
      '?',
      '1 2 3 4 5 6 7 8 9 10 2021 2022 January Monday Ottawa Toronto accused alleged',
    ]) {
      const { score } = scoreCheckWorthiness(s, { attributed: true, relayed: true, anonymousSource: true })
      expect(score).toBeGreaterThanOrEqual(0)
      expect(score).toBeLessThanOrEqual(1)
    }
  })
})
