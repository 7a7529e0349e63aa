import { describe, expect, it } from 'vitest'
import { classifyInText } from '../suggestions/entities.ts'
import { classifySource } from './source-type.ts'
import { kindInText } from './text-kinds.ts'

// Source kinds missed on the unseen news of eval/news-gold/ (tuning group), with near misses.
describe('a capitalised title before a name', () => {
  it.each([
    ['NDP MP Rachel Blanchard', 'person'],
    ['Ward 1 Councillor Maureen Wilson', 'person'],
    ["Citizens' Services Minister Harjit Gill", 'person'],
    ["Riders' Union co-chair Alicia Brown", 'person'],
    ['Crown prosecutor Adam Reid', 'person'],
    // near misses: a related person, an office, an institution, a prosecutor without a name
    ['A former aide to Senator Luc Tremblay', 'anonymous'],
    ["The Prime Minister's Office", 'government_body'],
    ['the official Harran News Agency', 'outlet'],
    ['a Crown prosecutor', 'government_body'],
  ])('%s is %s', (mention, type) => {
    expect(classifySource(mention).type).toBe(type)
  })
})

describe('bodies, documents and unnamed witnesses', () => {
  it.each([
    ['the Norwegian Refugee Council', 'organisation'],
    ['The Retail Council of Canada', 'organisation'],
    ['Toronto City Council', 'government_body'],
    ['the council', 'government_body'],
    ['A 2021 inspection by the provincial ministry of long-term care', 'document'],
    ['a study published Wednesday in the Canadian Medical Association Journal', 'document'],
    ['company safety logs', 'document'],
    ['a report by the Toronto Star', 'outlet'],
    ['witnesses', 'anonymous'],
    ['Two witnesses', 'anonymous'],
    ['Witness Joan Park', 'person'],
  ])('%s is %s', (mention, type) => {
    expect(classifySource(mention).type).toBe(type)
  })
  it('a name followed by ", which" is no person; near miss: ", who" keeps a person', () => {
    expect(classifySource('Unifor', 'Unifor, which represents 200 workers, said it was not told.').type).toBe(
      'organisation',
    )
    expect(
      classifySource('Marchand', 'Marchand, who represents the riding, said she was not told.').type,
    ).toBe('person')
  })
})

describe('what the text says a bare name is', () => {
  const text =
    'GENEVA (Northern Wire) – Talks resumed. Staff at Evergreen Living Corp. were told to sign, according to documents obtained by the Ledger. Evergreen said the memo was old. Northern Wire said so too.'
  it('a dateline or "obtained by" names an outlet, a legal form a company', () => {
    expect(kindInText(text, 'Northern Wire')).toBe('outlet')
    expect(kindInText(text, 'the Ledger')).toBe('outlet')
    expect(kindInText(text, 'Evergreen')).toBe('organisation')
    expect(classifyInText(text, 'Evergreen', 'Evergreen said the memo was old.').type).toBe('organisation')
  })
  it('near miss: a name the text gives no kind stays as its words say', () => {
    expect(kindInText(text, 'Geneva')).toBeNull()
    expect(classifyInText(text, 'Paul Hargreaves', 'Paul Hargreaves said so.').type).toBe('person')
  })
})

describe('names given to a described body, and bare heads that refer back to an outlet', () => {
  it('"An advocacy group for travellers, Fair Skies," is an organisation; near miss: a described person', () => {
    const context = 'An advocacy group for travellers, Fair Skies, said passengers were owed compensation.'
    expect(classifySource('Fair Skies', context).type).toBe('organisation')
    expect(classifySource('Paul Dufresne', 'A retired rear admiral, Paul Dufresne, said so.').type).toBe(
      'person',
    )
  })
  it('a number in a post-modifier makes no organisation', () => {
    expect(classifySource('A businessman charged with defrauding investors of $4 million').type).toBe(
      'person',
    )
    expect(classifySource('Steelworkers Local 1005').type).toBe('organisation')
  })
  it('"the agency" after a news agency the text names is that outlet; near miss: a public agency named too', () => {
    const wire =
      'GENEVA (Continental News Agency) - Talks resumed. A diplomat told the agency the talks had stalled.'
    expect(kindInText(wire, 'the agency')).toBe('outlet')
    expect(classifyInText(wire, 'the agency', 'A diplomat told the agency the talks had stalled.').type).toBe(
      'outlet',
    )
    const both = `${wire} The Canada Border Services Agency said it was not told.`
    expect(kindInText(both, 'the agency')).toBeNull()
  })
})

describe('counted groups of people', () => {
  it.each([
    ['Three former engineers at the company', 'anonymous'],
    ['two teachers', 'anonymous'],
    // near misses: counted bodies, and a name
    ['Two companies', 'organisation'],
    ['Three engineers from Hydro-Québec', 'anonymous'],
  ])('%s is %s', (mention, type) => {
    expect(classifySource(mention).type).toBe(type)
  })
})
