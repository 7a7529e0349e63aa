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
    ['The Ontario Securities Regulator', 'government_body'],
    ['the regional water authority', 'government_body'],
    ['Senior military officials', 'anonymous'],
    ['Western diplomats', 'anonymous'],
    ['The Amalgamated Transit Union', 'organisation'],
    ['Liberal Congressman Charles Sousa', 'person'],
    ['Dong', 'person'],
    ['he', 'person'],
  ])('%s is %s', (mention, type) => {
    expect(classifySource(mention).type).toBe(type)
  })

  // Unnamed insiders counted or described by their role, capitalised or not at a sentence's start.
  it.each([
    ['two commissioners', 'anonymous'],
    ['Two senior councillors', 'anonymous'],
    ['Officials in Arequipa', 'anonymous'],
    ['officials in the premier’s office', 'anonymous'],
    // near misses: a named or singular role is a person, a named body is that body
    ['Commissioner Ana Ruiz', 'person'],
    ['the commissioner', 'person'],
    ['Health Canada officials', 'government_body'],
  ])('%s is %s', (mention, type) => {
    expect(classifySource(mention).type).toBe(type)
  })

  // A body named by its public function or level, and an office speaking for its holder.
  it.each([
    ['the national civil defence institute', 'government_body'],
    ['a federal agency', 'government_body'],
    ['the state meteorological service', 'government_body'],
    ['Her office', 'government_body'],
    ['the premier’s office', 'government_body'],
    // near misses: the same words heading a group of people or a company
    ['the National Rifle Association', 'organisation'],
    ['National Bank', 'organisation'],
    ['an office worker', 'anonymous'], // unnamed (AP): a role without a name
  ])('%s is %s', (mention, type) => {
    expect(classifySource(mention).type).toBe(type)
  })

  // The head noun decides: a union of police officers is an organisation, not the police.
  it.each([
    ['The police union', 'organisation'],
    ['the city’s bar association', 'organisation'],
    ['a teachers’ federation', 'organisation'],
    // near misses: the public body itself
    ['the police', 'government_body'],
    ['the city council', 'government_body'],
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
