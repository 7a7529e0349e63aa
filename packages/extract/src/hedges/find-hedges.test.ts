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
})
