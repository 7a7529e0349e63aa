import { describe, expect, it } from 'vitest'
import { suggest } from '../suggestions/suggest.ts'

// Relays as wire and broadcast copy word them (issue 18), each with its near miss. Made-up texts.
const chains = (text: string) =>
  suggest(text).claims.map((c) => c.chain.map((h) => `${h.role}:${h.mention?.text ?? h.name}`))

describe('a source who spoke to an outlet, in an aside', () => {
  it('"who spoke to Reuters on condition of anonymity"', () => {
    expect(
      chains(
        'A source familiar with the matter, who spoke to Reuters on condition of anonymity, said the talks had stalled.',
      ),
    ).toEqual([['origin:A source familiar with the matter', 'relay:Reuters']])
  })
  it('near miss: a witness who spoke to police', () => {
    expect(chains('A witness, who spoke to police at the scene, said the car was speeding.')).toEqual([
      ['origin:A witness'],
    ])
  })
})

describe('records obtained by an outlet through a request', () => {
  it('the outlet is the relay, the records the origin', () => {
    expect(
      chains(
        'Documents obtained by Global News through an access-to-information request show the agency ignored the warnings.',
      ),
    ).toEqual([['origin:Documents', 'relay:Global News']])
  })
})

describe('a relative clause reports nothing', () => {
  it('"whom CBC News has agreed not to name"', () => {
    expect(
      chains(
        'The former employee, whom CBC News has agreed not to name because she fears reprisal, said managers knew about the problem.',
      ),
    ).toEqual([['origin:The former employee']])
  })
})

describe('an outlet that cited someone, and one the story follows', () => {
  it('"according to Reuters, which cited two people"; ", as the Toronto Star first reported"', () => {
    expect(
      chains(
        'The deal was worth $2 billion, according to Reuters, which cited two people familiar with the talks.',
      ),
    ).toEqual([['origin:two people familiar with the talks', 'relay:Reuters']])
    expect(chains('The minister was briefed in 2021, as the Toronto Star first reported.')).toEqual([
      ['origin:the Toronto Star'],
    ])
  })
  it('near miss: "as" without a comma compares', () => {
    expect(chains('The plan worked as the engineers said.').flat()).not.toContain('origin:the engineers')
  })
})

describe('a reason cited is no source', () => {
  it('"declined to comment, citing the ongoing investigation"', () => {
    expect(
      chains(
        'The company declined to comment, citing the ongoing investigation. Police said the fire was set.',
      ),
    ).toEqual([['origin:Police']])
  })
})
