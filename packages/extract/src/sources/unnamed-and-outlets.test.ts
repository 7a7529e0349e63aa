import { describe, expect, it } from 'vitest'
import { classifySource } from './source-type.ts'
import { kindInText } from './text-kinds.ts'

// Source kinds of described people, newspapers and documents (issue 18), each with a near miss.
// The texts are made up.
const kind = (mention: string, context?: string) => classifySource(mention, context).type

describe('an unnamed worker is anonymous, whatever company or city describes them', () => {
  it('capitals before a lower-case head are modifiers', () => {
    expect(kind('Two Norvale linemen')).toBe('anonymous')
    expect(kind('a former PaceTrack engineer')).toBe('anonymous')
    expect(kind('two orthopaedic surgeons in Sudbury')).toBe('anonymous')
    expect(kind('a Toronto police officer')).toBe('anonymous')
  })
  it('near miss: a named person, a possessive, a public body’s officials', () => {
    expect(kind('Liberal MP Anna Roy')).toBe('person')
    expect(kind("Castellano's lawyer")).toBe('person')
    expect(kind('Health Canada officials')).toBe('government_body')
  })
})

describe('a newspaper by the word its name ends with', () => {
  it('The Toronto Ledger, the Hamilton Spectator, a weekly, a newsletter', () => {
    expect(kind('The Toronto Ledger')).toBe('outlet')
    expect(kind('the Hamilton Spectator')).toBe('outlet')
    expect(kind("The French-language weekly L'Écho de Laval")).toBe('outlet')
    expect(kind('the literary newsletter Margins')).toBe('outlet')
  })
  it('near miss: a lower-case record is a document; a sentence-opening The is no name', () => {
    expect(kind('court records')).toBe('document')
    expect(kind('The Forum')).toBe('organisation')
  })
})

describe('documents by other names', () => {
  it('a class action, a petition, a comparison, listings', () => {
    expect(kind('a proposed class action filed last week on behalf of about 200 residents')).toBe('document')
    expect(kind('a petition signed by 212 parents')).toBe('document')
    expect(kind('a side-by-side comparison published Thursday by the newsletter Margins')).toBe('document')
    expect(kind('expense records and event listings')).toBe('document')
  })
  it('near miss: a report by a newspaper is the newspaper’s', () => {
    expect(kind('a report by the Toronto Star')).toBe('outlet')
  })
})

describe('a company by what the text says of it', () => {
  it('"one of the companies", "X’s co-founder", "X’s users"', () => {
    const text =
      'AdVerta, one of the companies named in the report, said no. Jonah Pike, PaceTrack’s co-founder, wrote a post.'
    expect(kindInText(text, 'AdVerta')).toBe('organisation')
    expect(kindInText(text, 'PaceTrack')).toBe('organisation')
  })
  it('near miss: a person’s name with a first name is no company', () => {
    expect(kindInText('Jonah Pike wrote a post. Pike said no.', 'Pike')).toBeNull()
  })
})

describe('public bodies by their service, district or bureau, and their staff', () => {
  it('a wildfire service, a regional district, Service Nova Scotia, a bureau, City staff', () => {
    expect(kind('the BC Wildfire Service')).toBe('government_body')
    expect(kind('The regional district')).toBe('government_body')
    expect(kind('Service Nova Scotia')).toBe('government_body')
    expect(kind('The bureau')).toBe('government_body')
    expect(kind('City staff')).toBe('government_body')
  })
  it('near miss: the Better Business Bureau is no public body; two city officials are unnamed', () => {
    expect(kind('The Better Business Bureau')).toBe('organisation')
    expect(kind('two city officials')).toBe('anonymous')
  })
})

describe('outlets and documents by other names', () => {
  it('a place and "Today", a foreign daily; a list, a presentation', () => {
    expect(kind('Saskatoon Today')).toBe('outlet')
    expect(kind('Diário Económico')).toBe('outlet')
    expect(kind("the Crown corporation's public list of funded projects")).toBe('document')
    expect(kind('an internal company presentation')).toBe('document')
  })
})

describe('named bureaus, analyses by a newspaper, people by their condition', () => {
  it('the Insurance Bureau of Canada, an analysis by the Island Record, patients whose …', () => {
    expect(kind('The Insurance Bureau of Canada')).toBe('organisation')
    expect(kind('an analysis by the Island Record')).toBe('document')
    expect(kind('Patients whose procedures were cancelled')).toBe('anonymous')
  })
})
