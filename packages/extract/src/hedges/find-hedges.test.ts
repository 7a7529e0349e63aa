import { describe, expect, it } from 'vitest'
import { findHedges } from './find-hedges.ts'

describe('findHedges', () => {
  it('finds hedges with their spans, longest phrase first', () => {
    const text = 'sitting on the government caucus is a privilege and my presence could be seen as a conflict'
    const [hedge] = findHedges(text)
    expect(hedge).toEqual({ text: 'could be seen as', start: 64, end: 80 })
    expect(text.slice(hedge?.start, hedge?.end)).toBe('could be seen as')
  })

  it('matches whole words only, in any case', () => {
    expect(findHedges('Reportedly, he left.').map((h) => h.text)).toEqual(['Reportedly'])
    expect(findHedges('The mightiest river.')).toEqual([])
  })

  it('keeps UTF-16 offsets after astral characters', () => {
    const text = '🇨🇦 Dong allegedly spoke'
    const [hedge] = findHedges(text)
    expect(text.slice(hedge?.start, hedge?.end)).toBe('allegedly')
  })

  it('finds nothing in a plain statement', () => {
    expect(findHedges('Dong was first elected at the federal level in 2019.')).toEqual([])
  })

  it('finds a newsroom saying it has not checked what it reports, and distancing words', () => {
    const hedges = (t: string) => findHedges(t).map((h) => h.text)
    expect(hedges('Reuters could not independently verify the report.')).toEqual([
      'could not independently verify',
    ])
    expect(hedges('The claims have not been independently verified.')).toEqual([
      'have not been independently verified',
    ])
    expect(hedges('The so-called dossier remains unconfirmed.')).toEqual(['so-called', 'unconfirmed'])
    expect(hedges('It was not clear who ordered the strike.')).toEqual(['It was not clear'])
    expect(hedges('None of the allegations have been proven in court.')).toEqual(['None of the allegations'])
    expect(hedges('The charges have not been proven in court.')).toEqual(['have not been proven'])
  })

  it('near miss: a party that confirmed, a person not available, a clear finding', () => {
    expect(findHedges('The ministry confirmed the figures on Monday.')).toEqual([])
    expect(findHedges('The mayor was not available for comment.')).toEqual([])
    expect(findHedges('The audit made it clear that funds were missing.')).toEqual([])
  })

  it('an accusation reported, not made; an allegation introduced, not referred back to', () => {
    const hedges = (t: string) => findHedges(t).map((h) => h.text)
    expect(hedges('A contractor accused of fraud pleaded not guilty.')).toEqual(['accused of'])
    expect(hedges('Allegations that the mayor took a cottage surfaced in May.')).toEqual(['Allegations that'])
    expect(hedges('The plan was billed as a cost saving.')).toEqual(['billed as'])
    // near misses: the active accusation names who makes it; "the allegations" refers back
    expect(hedges('Smith accused the mayor of lying.')).toEqual([])
    expect(hedges('Dong said the allegations were false.')).toEqual([])
  })
})

describe('more disclaimers (session 12)', () => {
  const hedges = (text: string) => findHedges(text).map((h) => h.text)
  it('passive verification, "not able to", none of the charges, a modal on a figure, a dated accusation', () => {
    expect(hedges('The claim could not be independently verified.')).toEqual([
      'could not be independently verified',
    ])
    expect(hedges('The Record was not able to independently verify the texts.')).toEqual([
      'was not able to independently verify',
    ])
    expect(hedges('None of the charges has been proven in court.')).toEqual(['None of the charges'])
    expect(hedges('Results may differ for older patients.')).toEqual(['may differ'])
    expect(hedges('The mayor was accused on Monday of steering a land sale.')).toEqual([
      'accused on Monday of',
    ])
  })
  it('near miss: a modal about the future', () => {
    expect(hedges('The council may vote next week.')).toEqual([])
  })
})
