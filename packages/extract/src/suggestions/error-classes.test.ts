import { describe, expect, it } from 'vitest'
import { classifySource } from '../sources/source-type.ts'
import { headlineOf, suggest } from './suggest.ts'

// Classes of error seen on real news (docs/design.md, "Suggestions"), each with variants and near misses.
const chains = (text: string) =>
  suggest(text).claims.map((c) => c.chain.map((h) => [h.role, h.mention?.text ?? h.name, h.sourceType]))

describe('relays beyond "citing" and "according to"', () => {
  it('an outlet a source spoke to is the relay', () => {
    expect(chains('The plant will close in May, two managers told the Evening Chronicle.')).toEqual([
      [
        ['origin', 'two managers', 'anonymous'],
        ['relay', 'the Evening Chronicle', 'outlet'],
      ],
    ])
    expect(
      chains('"We were never consulted," Chief Ada Moss said in an interview with Radio Boréal on Monday.'),
    ).toEqual([
      [
        ['origin', 'Chief Ada Moss', 'person'],
        ['relay', 'Radio Boréal', 'outlet'],
      ],
    ])
  })
  it('"a source quoted by X" splits into origin and relay', () => {
    expect(chains('A source quoted by the Daily Courier said the deal was signed in March.')).toEqual([
      [
        ['origin', 'A source', 'anonymous'],
        ['relay', 'the Daily Courier', 'outlet'],
      ],
    ])
  })
  it('near miss: telling reporters or a committee relays nothing', () => {
    expect(chains('The deal was signed in March, the minister told the Senate committee.')).toEqual([
      [['origin', 'the minister', 'person']],
    ])
    expect(chains('The deal was signed in March, the minister told reporters.')).toEqual([
      [['origin', 'the minister', 'person']],
    ])
  })
})

describe('source kinds', () => {
  it.each([
    ['A senior defence official', 'anonymous'],
    ['two officers familiar with the case', 'anonymous'],
    ['Three employees of the agency', 'anonymous'],
    ['U.S. health officials', 'anonymous'],
    ['union president Marc Doiron', 'person'],
    ['University of Manitoba economist Lena Ortiz', 'person'],
    ['Amnesty International', 'organisation'],
    ['Halvorsen & Berg', 'organisation'],
    ['Transport Canada', 'government_body'],
    ['The Office of the Privacy Commissioner', 'government_body'],
    ['the port authority', 'government_body'],
    ['its annual report', 'document'],
    ["the board's own enrolment study", 'document'],
    ['the Evening Chronicle', 'outlet'],
  ])('%s is %s', (mention, type) => {
    expect(classifySource(mention).type).toBe(type)
  })
  it('a name the sentence calls "its" is an organisation; near miss: "his" keeps a person', () => {
    expect(classifySource('Northjet', 'Northjet wrote on its website: "Sorry."').type).toBe('organisation')
    expect(classifySource('Okafor', 'Okafor wrote on his website: "Sorry."').type).toBe('person')
  })
  it('near miss: a spokesperson speaks on the record, an unnamed person who asked not to be named does not', () => {
    expect(classifySource('a spokesperson').type).toBe('person')
    expect(classifySource('A nurse', 'A nurse, who asked not to be named, said so.').type).toBe('anonymous')
  })
})

describe('headlines', () => {
  it('are complete phrases without a trailing ellipsis', () => {
    const h = headlineOf(
      'The province will spend $40 million on new classrooms in Surrey, where enrolment has doubled since 2015 and portables fill every schoolyard',
    )
    expect(h).toBe('The province will spend $40 million on new classrooms in Surrey')
    const words = headlineOf(
      'Investigators found that the contractor had billed the city for the same work on at least fourteen separate occasions over six years',
    )
    expect(words.length).toBeLessThanOrEqual(75)
    expect(words).not.toMatch(/…$|\s(?:the|of|for|on)$/u)
  })
  it('do not start with a pronoun whose speaker is known', () => {
    const [c] = suggest('Asked about the audit, the ministry said it was reviewing the findings.').claims
    expect(c?.headline).toBe('The ministry was reviewing the findings')
  })
  it('near miss: a pronoun that is not the speaker stays', () => {
    const [c] = suggest('The mayor said it was too early to say whether taxes would rise next year.').claims
    expect(c?.headline).toBe('It was too early to say whether taxes would rise next year')
  })
})

describe('post-posed findings and allegations, and sources with participle modifiers', () => {
  it('"…, the group alleged" and "…, a study found" attribute the content before them', () => {
    expect(chains('The mill will close its doors in March, the union alleged on Friday.')).toEqual([
      [['origin', 'the union', 'organisation']],
    ])
    expect(chains('The ban was unconstitutional, the judge ruled on Wednesday.')).toEqual([
      [['origin', 'the judge', 'person']],
    ])
    expect(
      chains(
        'The tax break cost more than forecast, an analysis published Thursday by the budget office found.',
      ),
    ).toEqual([[['origin', 'an analysis published Thursday by the budget office', 'document']]])
    expect(
      chains('Coffee lowers the risk of stroke, a report released by the Heart Foundation found.'),
    ).toEqual([[['origin', 'a report released by the Heart Foundation', 'document']]])
  })
  it('near miss: "alleged" or "found" before its content still needs "that"', () => {
    expect(chains('The union alleged misconduct by the mill’s managers.')).toEqual([])
    expect(chains('The inspectors found rust on the bridge.')).toEqual([])
  })
})

describe('unnamed groups', () => {
  it('a group whose sentence says it spoke without names is anonymous, whatever it is called', () => {
    expect(
      chains(
        'Four guards, who asked not to be named because they were not authorized to speak, said inmates were left without water.',
      ),
    ).toEqual([[['origin', 'Four guards', 'anonymous']]])
  })
  it('officials described only by rank or region are anonymous', () => {
    expect(chains('Senior military officials said the drills would continue.')).toEqual([
      [['origin', 'Senior military officials', 'anonymous']],
    ])
    expect(chains('The troops will withdraw by June, Western diplomats said.')).toEqual([
      [['origin', 'Western diplomats', 'anonymous']],
    ])
  })
})
