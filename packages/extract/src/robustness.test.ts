import { describe, expect, it } from 'vitest'
import { findQuotes, suggest } from './index.ts'

// Bad input returns a result (possibly empty) without throwing or hanging, in linear time.
describe('extractor on bad input', () => {
  it('returns empty results for empty and blank text', () => {
    for (const text of ['', ' ', '\n\n\n', '“', '"""']) {
      expect(() => suggest(text)).not.toThrow()
      expect(suggest(text).claims).toEqual([])
    }
  })

  it('survives unbalanced quotation marks without letting a stray mark swallow the text', () => {
    const text = 'Smith said “the plan failed.\n\nThe council met on Monday. Jones said the vote was 9-6.'
    const quotes = findQuotes(text)
    for (const q of quotes) expect(text.slice(q.content.start, q.content.end)).toBe(q.content.text)
    expect(quotes.some((q) => q.content.text.includes('council met'))).toBe(false)
    expect(quotes.at(-1)).toMatchObject({ content: { text: 'the vote was 9-6' } })
  })

  it('handles text without punctuation and non-Latin scripts', () => {
    const words = 'the minister said the plan would cost money and residents said nothing '.repeat(200)
    expect(() => suggest(words)).not.toThrow()
    const mixed =
      '北京表示 “这是一个测试” 他说。 Путин заявил, что «всё хорошо». 🇨🇦 Dong said “yes, we will.”'
    const result = suggest(mixed)
    for (const q of result.quotes) expect(mixed.slice(q.content.start, q.content.end)).toBe(q.content.text)
    expect(result.quotes.at(-1)?.content.text).toBe('“yes, we will.”')
  })

  it('processes 2 MB in linear time', () => {
    const paragraph =
      '“We will appeal,” Richter said after the hearing. Crown prosecutor Denise Amar said that the Crown would seek 5 years, according to court documents. The fund “allegedly” paid $3 million. '
    const small = paragraph.repeat(Math.ceil(200_000 / paragraph.length))
    const big = paragraph.repeat(Math.ceil(2_000_000 / paragraph.length))
    const time = (text: string) => {
      const t0 = performance.now()
      suggest(text)
      return performance.now() - t0
    }
    time(small) // warm up
    const tSmall = time(small)
    const tBig = time(big)
    expect(big.length).toBeGreaterThanOrEqual(2_000_000)
    // Ten times the text in well under a hundred times the time, and seconds, not minutes.
    expect(tBig).toBeLessThan(Math.max(20 * tSmall, 500) * 2)
    expect(tBig).toBeLessThan(20_000)
  }, 60_000)

  it('does not backtrack catastrophically on long runs of one character', () => {
    for (const ch of ['a', ' ', '.', '"', ',', '’', 'A ', 'said ']) {
      const text = ch.repeat(200_000)
      const t0 = performance.now()
      suggest(text)
      expect(performance.now() - t0).toBeLessThan(10_000)
    }
  }, 120_000)
})
