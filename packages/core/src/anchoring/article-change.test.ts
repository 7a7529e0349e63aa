import { describe, expect, it } from 'vitest'
import { compareQuotedPassage, PASSAGE_CONTEXT, passageAround } from './article-change.ts'
import { describeSelection } from './selectors.ts'

const OLD = [
  'Han Dong said on Wednesday that he would sit as an independent.',
  'Global News reported, citing unnamed national security sources, that Dong advised a Chinese diplomat to delay the release of the two Michaels.',
  'Dong denies the allegation.',
].join('\n\n')

const quote = 'advised a Chinese diplomat to delay the release'
const anchorIn = (text: string, exact: string) => {
  const start = text.indexOf(exact)
  return describeSelection(text, start, start + exact.length)
}

describe('compareQuotedPassage', () => {
  it('finds a passage unchanged when only other paragraphs changed, even if it moved', () => {
    const next = `A new first paragraph was added.\n\n${OLD.replace('Dong denies', 'Dong firmly denies')}`
    const result = compareQuotedPassage(OLD, anchorIn(OLD, quote), next)
    expect(result.kind).toBe('unchanged')
    expect(result.after?.quote).toBe(quote)
    expect(result.after?.start).toBe(next.indexOf(quote))
    expect(result.before.text).toBe(OLD.split('\n\n')[1])
  })

  it('reports a changed passage with both versions when the paragraph around the quote was edited', () => {
    const next = OLD.replace('citing unnamed national security sources', 'citing two unnamed officials')
    const result = compareQuotedPassage(OLD, anchorIn(OLD, quote), next)
    expect(result.kind).toBe('changed')
    expect(result.before.text).toContain('national security sources')
    expect(result.after?.text).toContain('two unnamed officials')
    expect(result.after?.quote).toBe(quote)
  })

  it('reports a changed quote found by the fuzzy search', () => {
    const next = OLD.replace('delay the release', 'delay the relaese')
    const result = compareQuotedPassage(OLD, anchorIn(OLD, quote), next)
    expect(result.kind).toBe('changed')
    expect(result.after?.quote).not.toBe(quote)
    expect(result.after?.text).toContain('delay the relaese')
  })

  it('reports a quote that is gone, with the passage as it was', () => {
    const next = 'An entirely different text about the weather in Ottawa.'
    const result = compareQuotedPassage(OLD, anchorIn(OLD, quote), next)
    expect(result).toEqual({
      kind: 'gone',
      before: passageAround(OLD, OLD.indexOf(quote), OLD.indexOf(quote) + quote.length),
      after: null,
    })
  })
})

describe('passageAround', () => {
  it('keeps to the paragraph and caps long paragraphs either side of the quote', () => {
    const long = `${'word '.repeat(200)}QUOTE${' word'.repeat(200)}`
    const start = long.indexOf('QUOTE')
    const p = passageAround(long, start, start + 5)
    expect(p.quote).toBe('QUOTE')
    expect(p.text.length).toBe(2 * PASSAGE_CONTEXT + 5)
    expect(long.slice(p.textStart, p.textStart + p.text.length)).toBe(p.text)
  })

  it('starts at the paragraph of a quote that opens it', () => {
    const text = 'One.\n\nTwo three.\n\nFour.'
    const p = passageAround(text, text.indexOf('Two'), text.indexOf('Two') + 3)
    expect(p.text).toBe('Two three.')
    expect(p.textStart).toBe(6)
  })
})
