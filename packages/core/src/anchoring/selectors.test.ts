import { describe, expect, it } from 'vitest'
import { ARTICLE } from './article-fixture.ts'
import { AnchorRangeError } from './errors.ts'
import { describeSelection } from './selectors.ts'

const QUOTE = 'Dong told a senior Chinese diplomat in February 2021'

function rangeErrorOf(action: () => unknown): AnchorRangeError {
  try {
    action()
  } catch (error) {
    if (error instanceof AnchorRangeError) return error
    throw error
  }
  throw new Error('expected an AnchorRangeError')
}

describe('describeSelection', () => {
  it('derives the quote and 32 code units of context either side from the position', () => {
    const start = ARTICLE.indexOf(QUOTE)

    const anchor = describeSelection(ARTICLE, start, start + QUOTE.length)

    expect(anchor).toEqual({
      start,
      end: start + QUOTE.length,
      exact: QUOTE,
      prefix: 'ces”, Global News reported that ',
      suffix: ' that China would have to delay ',
    })
  })

  it('gives shorter context at the edges of the article', () => {
    const title = 'Chinese interference'
    const last = 'allegations Ke denied with firmness.'
    const lastStart = ARTICLE.length - last.length

    expect(describeSelection(ARTICLE, 0, title.length)).toMatchObject({ exact: title, prefix: '' })
    expect(describeSelection(ARTICLE, lastStart, ARTICLE.length)).toMatchObject({ exact: last, suffix: '' })
  })

  it('honours a custom context length', () => {
    const start = ARTICLE.indexOf(QUOTE)

    const anchor = describeSelection(ARTICLE, start, start + QUOTE.length, 8)

    expect(anchor.prefix).toBe('ed that ')
    expect(anchor.suffix).toBe(' that Ch')
  })

  it('counts offsets in UTF-16 code units, so an emoji flag before the quote takes four', () => {
    const text = '🇨🇦 “The truth will protect us” he said.'

    const anchor = describeSelection(text, 5, 32)

    expect(anchor.exact).toBe('“The truth will protect us”')
    expect(anchor.prefix).toBe('🇨🇦 ')
    // Counted in code points the quote would start at 3: the difference is what the rule is about.
    expect(Array.from(text).indexOf('“')).toBe(3)
  })

  it('keeps astral characters whole when cutting the context', () => {
    const text = '😢Dong said.'

    // A 1-unit context would end on half of the emoji; it is dropped rather than split.
    expect(describeSelection(text, 2, 6, 1).prefix).toBe('')
    expect(describeSelection('Dong said😢', 0, 9, 1).suffix).toBe('')
    expect(describeSelection(text, 2, 6, 2).prefix).toBe('😢')
  })

  it.each([
    ['a non-integer start', 1.5, 10, 'not-an-integer'],
    ['a NaN end', 0, Number.NaN, 'not-an-integer'],
    ['a negative start', -1, 10, 'out-of-range'],
    ['an end past the text', 0, ARTICLE.length + 1, 'out-of-range'],
    ['an empty selection', 10, 10, 'empty-or-reversed'],
    ['a reversed selection', 20, 10, 'empty-or-reversed'],
  ])('rejects %s', (_, start, end, reason) => {
    const error = rangeErrorOf(() => describeSelection(ARTICLE, start, end))

    expect(error.reason).toBe(reason)
    expect(error.name).toBe('AnchorRangeError')
  })

  it('rejects a start or end inside a surrogate pair instead of splitting the emoji', () => {
    const text = 'Dong 😢 said'

    expect(rangeErrorOf(() => describeSelection(text, 6, 11)).reason).toBe('splits-surrogate-pair')
    expect(rangeErrorOf(() => describeSelection(text, 0, 6)).reason).toBe('splits-surrogate-pair')
    expect(describeSelection(text, 5, 7).exact).toBe('😢')
  })

  it('rejects a negative context length', () => {
    expect(rangeErrorOf(() => describeSelection(ARTICLE, 0, 5, -1)).reason).toBe('invalid-option')
  })
})
