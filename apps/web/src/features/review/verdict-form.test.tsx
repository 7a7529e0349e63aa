import { describe, expect, it } from 'vitest'
import { rationaleToRevisit, verdictErrors } from './verdict-form.tsx'

describe('verdictErrors', () => {
  it('asks for a rating and a rationale', () => {
    expect(verdictErrors(null, ' ')).toEqual({
      verdictRatingId: 'Choose a rating',
      rationale: 'Explain the verdict: readers see the rationale',
    })
    expect(verdictErrors('r1', 'Because.')).toEqual({})
  })
})

describe('rationaleToRevisit', () => {
  it('is true when the rating moves and the rationale written for the old one stays', () => {
    expect(rationaleToRevisit('old', 'new', ' Why. ', 'Why.')).toBe(true)
  })

  it('is false when the rating stays, is cleared, the rationale was edited, or there was none', () => {
    expect(rationaleToRevisit('old', 'old', 'Why.', 'Why.')).toBe(false)
    expect(rationaleToRevisit('old', null, 'Why.', 'Why.')).toBe(false)
    expect(rationaleToRevisit('old', 'new', 'Why now.', 'Why.')).toBe(false)
    expect(rationaleToRevisit('old', 'new', '', '')).toBe(false)
  })
})
