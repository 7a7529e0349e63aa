import { describe, expect, it } from 'vitest'
import { claimContext, cutMark } from './claim-context.ts'

const body = 'Title\n\nFirst paragraph. Dong said it was false. More.\nSecond paragraph.'
const start = body.indexOf('Dong said')
const anchor = {
  start,
  end: start + 'Dong said it was false'.length,
  exact: 'Dong said it was false',
  prefix: 'paragraph. ',
  suffix: '. More.',
}

describe('claimContext', () => {
  it('gives the whole paragraph around the claim', () => {
    expect(claimContext(body, anchor)).toEqual({
      before: 'First paragraph. ',
      exact: 'Dong said it was false',
      after: '. More.',
      inParagraph: true,
    })
  })

  it('reaches the start and end of the text', () => {
    const text = 'Dong said it was false'
    expect(claimContext(text, { ...anchor, start: 0, end: text.length })).toMatchObject({
      before: '',
      after: '',
      inParagraph: true,
    })
  })

  it('falls back to the quote’s stored context when the text differs', () => {
    expect(claimContext('Another version entirely', anchor)).toEqual({
      before: 'paragraph. ',
      exact: 'Dong said it was false',
      after: '. More.',
      inParagraph: false,
    })
    expect(claimContext(null, anchor).inParagraph).toBe(false)
  })
})

describe('cutMark', () => {
  it('marks context cut mid-sentence, not context that ends a sentence', () => {
    expect(cutMark(' who spoke on condition of')).toBe('…')
    expect(cutMark(' granted anonymity.')).toBe('')
    expect(cutMark(' “worked hard to defend their interests”.')).toBe('')
    expect(cutMark(' he said?” ')).toBe('')
  })
})
