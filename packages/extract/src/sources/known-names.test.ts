import { describe, expect, it } from 'vitest'
import { knownKind } from './known-names.ts'
import { classifySource } from './source-type.ts'

describe('well-known bare names', () => {
  it('companies, newsrooms and public bodies news copy names bare', () => {
    expect(classifySource('Shopify').type).toBe('organisation')
    expect(classifySource('WestJet').type).toBe('organisation')
    expect(classifySource('The Tyee').type).toBe('outlet')
    expect(classifySource('the Narwhal').type).toBe('outlet')
    expect(classifySource('Metrolinx').type).toBe('government_body')
    expect(classifySource('the Bank of Canada').type).toBe('government_body')
  })
  it('near miss: a surname, a lower-case word, an acronym not in capitals', () => {
    expect(classifySource('Porter').type).toBe('person')
    expect(knownKind('who')).toBeNull()
    expect(knownKind('Td')).toBeNull()
  })
})
