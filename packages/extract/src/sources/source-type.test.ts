import { describe, expect, it } from 'vitest'
import { classifySource } from './source-type.ts'

describe('classifySource', () => {
  it.each([
    ['unnamed “national security sources”', 'anonymous'],
    ['a person familiar with the matter', 'anonymous'],
    ['officials who spoke on condition of anonymity', 'anonymous'],
    ['Global News', 'outlet'],
    ['The Globe and Mail', 'outlet'],
    ['the documents', 'document'],
    ['A city report released in January', 'document'],
    ['Health Canada', 'government_body'],
    ['The Amalgamated Transit Union', 'organisation'],
    ['Liberal Congressman Charles Sousa', 'person'],
    ['Dong', 'person'],
    ['he', 'person'],
  ])('%s is %s', (mention, type) => {
    expect(classifySource(mention).type).toBe(type)
  })

  it('tells named from described sources and notes a reason for anonymity', () => {
    expect(classifySource('Conservative leader Pierre Poilievre').named).toBe(true)
    expect(classifySource('a retired teacher').named).toBe(false)
    const why = 'The sources, who were not authorized to speak publicly, said'
    expect(classifySource('The sources', why)).toEqual({
      type: 'anonymous',
      named: false,
      anonymityReasonGiven: true,
    })
  })
})
