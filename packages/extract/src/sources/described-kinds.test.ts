import { describe, expect, it } from 'vitest'
import { classifyInText } from '../suggestions/entities.ts'
import { classifySource } from './source-type.ts'
import { kindInText } from './text-kinds.ts'

// Source kinds the text gives a bare name or a description (issue 18: source kinds on unseen news),
// each with a near miss. The texts are made up.
describe('a company named by what it does', () => {
  const text =
    'Two retailers that sell the heater, Homestead and Pine Hardware, were asked to pull it. The heater maker Calder said it was safe. Calder’s chief executive did not respond. Owen Tate, a buyer, said he returned it. Tate said so again.'
  it('"retailers that sell …, A and B,", "the heater maker Calder", a company word at the end of a name', () => {
    expect(kindInText(text, 'Homestead')).toBe('organisation')
    expect(kindInText(text, 'Pine Hardware')).toBe('organisation')
    expect(kindInText(text, 'Calder')).toBe('organisation')
    expect(classifyInText(text, 'Calder', 'Calder said it was safe.').type).toBe('organisation')
    expect(kindInText('Claims against Ridgeline Appliances grew. Ridgeline said no.', 'Ridgeline')).toBe(
      'organisation',
    )
  })
  it('near miss: a surname the text gives with a first name stays a person', () => {
    expect(kindInText(text, 'Tate')).toBeNull()
    expect(classifyInText(text, 'Tate', 'Tate said so again.').type).toBe('person')
  })
})

describe('an acronym takes the kind of what it stands for', () => {
  it('"the environmental enforcement agency, EEA,", "the Canadian Union of Public Employees (CUPE)"', () => {
    const text =
      'Chile’s environmental enforcement agency, SMAF, said it had sent inspectors. The Canadian Union of Public Employees (CUPE) said members would strike. SMAF said more later. CUPE said no.'
    expect(classifyInText(text, 'SMAF', 'SMAF said more later.').type).toBe('government_body')
    expect(classifyInText(text, 'CUPE', 'CUPE said no.').type).toBe('organisation')
  })
  it('near miss: an acronym the text never spells out keeps its reading', () => {
    expect(classifyInText('XQT said no.', 'XQT', 'XQT said no.').type).toBe('person')
  })
})

describe('public bodies by name, unnamed people by role', () => {
  it.each([
    ['Fisheries and Oceans Canada', 'government_body'],
    ['Environment and Climate Change Canada', 'government_body'],
    ['Alberta Health Services', 'government_body'],
    ['the Canada Mortgage and Housing Corporation', 'government_body'],
    ['the school board', 'government_body'],
    ['the carrier', 'organisation'],
    ['An analyst who follows the company', 'anonymous'],
    ['Residents', 'anonymous'],
    ['the Transportation Safety Board', 'government_body'],
    ['an internal incident summary', 'document'],
    ['an agreed statement of facts filed with the court', 'document'],
    ['Keystone Asphalt', 'organisation'],
    ['One of the mothers', 'anonymous'],
    ['One of the statisticians who found the error', 'anonymous'],
    ['some Liberal MPs', 'anonymous'],
    ['three NDP MPPs', 'anonymous'],
    ['Liberal MP Jane Roe', 'person'],
    // near misses: a company with "Canada" in its name, a named analyst, a spokesperson on the record,
    // a company's board, one of several companies
    ['the board of Keystone Asphalt', 'organisation'],
    ['One of the companies', 'organisation'],
    ['Air Canada', 'organisation'],
    ['analyst Lena Ortiz', 'person'],
    ['a company spokesperson', 'person'],
  ])('%s is %s', (mention, type) => {
    expect(classifySource(mention).type).toBe(type)
  })
  it('"The staff member, who spoke on condition of anonymity" is anonymous; near miss: "the company" beside it', () => {
    const context = 'The staff member, who spoke on condition of anonymity, said the company knew.'
    expect(classifySource('The staff member', context).type).toBe('anonymous')
    expect(classifySource('the company', context).type).toBe('organisation')
  })
})
