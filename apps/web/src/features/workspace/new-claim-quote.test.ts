import { describe, expect, it } from 'vitest'
import { ApiRequestError } from '../../api/api-client.ts'
import type { ClaimFields } from './claim-diff.ts'
import {
  createErrors,
  createFailure,
  hasNewClaimInput,
  isOtherSelection,
  placeQuote,
  quoteDescription,
} from './new-claim-quote.ts'

const EMPTY: ClaimFields = {
  statement: '',
  headline: '',
  kind: 'statement_of_fact',
  claimant: null,
  subjects: [],
  hedges: [],
}

const BODY = 'The mayor said taxes fell. Taxes fell, she said.'

describe('hasNewClaimInput', () => {
  it('is false for an empty form and true once anything is typed', () => {
    expect(hasNewClaimInput(EMPTY, ' ', ' ')).toBe(false)
    expect(hasNewClaimInput({ ...EMPTY, headline: 'x' }, '', '')).toBe(true)
    expect(hasNewClaimInput(EMPTY, 'reportedly', '')).toBe(true)
    expect(hasNewClaimInput(EMPTY, '', 'taxes fell')).toBe(true)
  })
})

describe('placeQuote', () => {
  it('keeps the selection while the field holds its words', () => {
    expect(placeQuote(BODY, { start: 15, end: 25 }, 'taxes fell')).toEqual({
      placed: { start: 15, end: 25, count: 1 },
    })
  })

  it('finds typed words in the text, counting where they occur', () => {
    expect(placeQuote(BODY, null, ' fell ')).toEqual({ placed: { start: 21, end: 25, count: 2 } })
  })

  it('says what is wrong with an empty quote or words not in the text', () => {
    expect(placeQuote(BODY, null, '  ').problem).toBe(
      'Select the claim’s words in the text, or type them here',
    )
    expect(placeQuote(BODY, null, 'rose')).toEqual({
      placed: null,
      problem: 'These words are not in the article text: type them exactly as they appear',
    })
  })
})

describe('quoteDescription', () => {
  it('says where the quote comes from', () => {
    expect(quoteDescription({ start: 0, end: 3 }, null)).toBe('The words selected in the text.')
    expect(quoteDescription(null, { start: 0, end: 3, count: 1 })).toBe('Found in the text.')
    expect(quoteDescription(null, { start: 0, end: 3, count: 3 })).toBe(
      'Found 3 times in the text; the first is used.',
    )
    expect(quoteDescription(null, null)).toBe(
      'Select the words in the text, or type them exactly as they appear.',
    )
  })
})

describe('createErrors', () => {
  it('says what the API says of the anchor under the quote', () => {
    expect(createErrors({ exact: 'Too long', statement: 'Required' })).toEqual({
      quote: 'Too long',
      statement: 'Required',
    })
    expect(createErrors({ articleVersionId: 'Gone' })).toEqual({ quote: 'Gone' })
    expect(createErrors({})).toEqual({})
  })
})

describe('createFailure', () => {
  it('tells the user to reload when the text changed meanwhile', () => {
    const conflict = new ApiRequestError(409, {
      code: 'CONFLICT',
      message: 'The article has a newer version',
    })
    expect(createFailure(conflict)).toBe(
      'The article has a newer version. Reload the page to see the current text; your words stay in this form.',
    )
    expect(createFailure(new Error('Network down'))).toBe('Network down')
  })
})

describe('isOtherSelection', () => {
  it('is true for a selection other than the quote’s place', () => {
    expect(isOtherSelection(null, null)).toBe(false)
    expect(isOtherSelection({ start: 1, end: 4 }, null)).toBe(true)
    expect(isOtherSelection({ start: 1, end: 4 }, { start: 1, end: 4 })).toBe(false)
    expect(isOtherSelection({ start: 1, end: 5 }, { start: 1, end: 4 })).toBe(true)
  })
})
