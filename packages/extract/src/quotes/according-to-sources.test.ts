import { describe, expect, it } from 'vitest'
import { suggest } from '../suggestions/suggest.ts'
import { findQuotes } from './find-quotes.ts'

// The source after "according to" (issue 18), each with its near misses. The texts are made up.
const sources = (text: string) => findQuotes(text).map((q) => [q.source?.text ?? null, q.cue?.text ?? null])
const chains = (text: string) =>
  suggest(text).claims.map((c) => c.chain.map((h) => `${h.role}:${h.mention?.text ?? h.name}`))

describe('according to an unnamed source with a "who" clause', () => {
  it('the clause describes the source and belongs to it', () => {
    expect(sources('The video shows a man falling, according to two people who have seen it.')).toEqual([
      ['two people who have seen it', 'according to'],
    ])
  })
  it('near miss: "which" and "that" end the source', () => {
    expect(sources('The fund lost money, according to a report which the board released.')).toEqual([
      ['a report', 'according to'],
    ])
  })
})

describe('how records reached the newsroom ends their name', () => {
  it('released under a law, obtained by an outlet (the relay)', () => {
    expect(
      sources(
        'She met the developer four times, according to calendar entries released under the access law.',
      ),
    ).toEqual([['calendar entries', 'according to']])
    expect(
      chains(
        'Regulators logged 31 complaints last year, according to incident records obtained by CBC Marketplace under access-to-information law.',
      ),
    ).toEqual([['origin:incident records', 'relay:CBC Marketplace']])
  })
  it('an outlet named at the end of a paragraph is the relay, not the next paragraph’s first word', () => {
    const text =
      'The pipe burst twice in 2021, according to city records reviewed by the Spectator.\n\nWard 1 Councillor Ana Ruiz said repairs were late.'
    expect(chains(text)[0]).toEqual(['origin:city records', 'relay:the Spectator'])
  })
  it('near miss: a counted plural is a noun, not a reporting verb', () => {
    expect(sources('Health Canada has received at least 31 reports of kettles melting.')).toEqual([])
  })
})

describe('a document dated, and a copy provided to an outlet', () => {
  it('"An internal memo dated May 2024, a copy of which was provided to Lakeshore News, warns"', () => {
    expect(
      chains(
        'An internal memo dated May 2024, a copy of which was provided to Lakeshore News, warns that overtime cost $1.2 million.',
      ),
    ).toEqual([['origin:An internal memo dated May 2024', 'relay:Lakeshore News']])
    expect(sources('The land was sold below its value, according to a staff report dated March 4.')).toEqual([
      ['a staff report dated March 4', 'according to'],
    ])
  })
  it('near miss: a copy provided to a person is no relay', () => {
    expect(
      chains('A letter dated June 2, a copy of which was provided to Ms. Hale, says the rent will rise.'),
    ).toEqual([['origin:A letter dated June 2']])
  })
})

describe('a document with a participle and a time, then the outlet that saw it', () => {
  it('"An internal memo sent to pharmacies last week, which was seen by Canadian Wire, says"', () => {
    expect(
      chains(
        'An internal memo sent to hospital pharmacies last week, which was seen by Canadian Wire, says that a line was halted.',
      ),
    ).toEqual([['origin:An internal memo sent to hospital pharmacies', 'relay:Canadian Wire']])
  })
  it('"the Record" refers back to the newsroom the text named', () => {
    expect(
      chains(
        'Inspectors cited the centres 17 times, according to reports obtained by the Red River Record. Four employees told the Record that staff were moved.',
      )[1],
    ).toEqual(['origin:Four employees', 'relay:the Record'])
  })
})
