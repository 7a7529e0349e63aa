import { WebAnnotationSchema } from '@claimtrail/contracts'
import { describe, expect, it } from 'vitest'
import { describeSelection } from './selectors.ts'
import { toWebAnnotation } from './web-annotation.ts'

describe('toWebAnnotation (W3C Web Annotation)', () => {
  const text = 'Han Dong has thrown in the towel. He denies the allegations reported by Global News.'
  const start = text.indexOf('He denies')
  const anchor = describeSelection(text, start, start + 'He denies the allegations'.length)
  const annotation = toWebAnnotation({
    id: 'https://ledger.example.org/api/v1/public/claims/c1/annotation',
    anchor,
    text,
    source: 'https://www.corriere.ca/dong',
    sourceDate: '2023-03-23T10:00:00.000Z',
    created: '2023-03-30T14:05:00.000Z',
    statement: 'Han Dong denies the allegations',
    verdict: 'Accurate',
    language: 'en',
    creator: 'Claimtrail desk',
  })

  it('is an Annotation in the anno.jsonld context, matching the contract', () => {
    expect(annotation['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
    expect(annotation.type).toBe('Annotation')
    expect(WebAnnotationSchema.parse(annotation)).toEqual(annotation)
  })

  it('targets the article with selectors that select the quote', () => {
    const [position, quote] = annotation.target.selector
    expect(text.slice(position.start, position.end)).toBe('He denies the allegations')
    expect(quote.exact).toBe('He denies the allegations')
    expect(text.includes(`${quote.prefix}${quote.exact}${quote.suffix}`)).toBe(true)
    expect(annotation.target.source).toBe('https://www.corriere.ca/dong')
  })

  it('carries the statement and the verdict as bodies', () => {
    expect(annotation.body.map((b) => [b.purpose, b.value])).toEqual([
      ['describing', 'Han Dong denies the allegations'],
      ['assessing', 'Accurate'],
    ])
  })

  it('no longer assesses once the review is retracted: a comment says so, and no verdict is left', () => {
    const retracted = toWebAnnotation({
      id: 'https://ledger.example.org/api/v1/public/claims/c1/annotation',
      anchor,
      text,
      source: 'https://www.corriere.ca/dong',
      sourceDate: '2023-03-23T10:00:00.000Z',
      created: '2023-03-30T14:05:00.000Z',
      statement: 'Han Dong denies the allegations',
      verdict: 'Accurate',
      retraction: 'The desk retracted its review. Reason: wrong article.',
      creator: 'Claimtrail desk',
    })
    expect(WebAnnotationSchema.parse(retracted)).toEqual(retracted)
    expect(retracted.motivation).toBe('commenting')
    expect(retracted.body.map((b) => [b.purpose, b.value])).toEqual([
      ['describing', 'Han Dong denies the allegations'],
      ['commenting', 'The desk retracted its review. Reason: wrong article.'],
    ])
    expect(JSON.stringify(retracted)).not.toContain('Accurate')
  })

  it('counts TextPositionSelector offsets in code points, so a quote after an emoji is placed right', () => {
    // Astral characters: two UTF-16 code units each, one code point.
    const served = 'Fans cheered 🎉🎉 at the rally. 𝒜 minister said "cuts end in May" to 😀 reporters.'
    const exact = 'cuts end in May'
    const at = served.indexOf(exact)
    const emojiAnnotation = toWebAnnotation({
      id: 'https://ledger.example.org/api/v1/public/claims/c2/annotation',
      anchor: describeSelection(served, at, at + exact.length),
      text: served,
      source: 'https://ledger.example.org/api/v1/public/articles/a/versions/v/text',
      sourceDate: '2023-03-23T10:00:00.000Z',
      created: '2023-03-30T14:05:00.000Z',
      statement: 'The cuts end in May',
      verdict: 'False',
      creator: 'Claimtrail desk',
    })
    const [position, quote] = emojiAnnotation.target.selector
    const codePoints = [...served]
    // What a W3C client does with the selectors against the served text:
    expect(codePoints.slice(position.start, position.end).join('')).toBe(exact)
    expect(position.start).toBe(at - 3) // three astral characters before the quote
    expect(quote.exact).toBe(exact)
    const quoted = `${quote.prefix}${quote.exact}${quote.suffix}`
    expect(served.indexOf(quoted) + quote.prefix.length).toBe(at)
    // The quote selector's prefix ends where the position selector starts (in code points too).
    expect([...served.slice(0, at)].length).toBe(position.start)
  })
})
