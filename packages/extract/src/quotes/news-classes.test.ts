import { describe, expect, it } from 'vitest'
import { findQuotes } from './find-quotes.ts'

// Classes of error found on the unseen news of eval/news-gold/ (tuning group), each with its near
// misses. Spans are exact: [content, speaker, cue] as the text writes them.
const spans = (text: string) =>
  findQuotes(text).map((q) => [q.content.text, q.source?.text ?? null, q.cue?.text ?? null])

describe('partitive speakers', () => {
  it('"one of them", "one of the diplomats" is the whole phrase', () => {
    expect(spans('“You sign or the shift never closes,” one of them said.')).toEqual([
      ['“You sign or the shift never closes,”', 'one of them', 'said'],
    ])
    expect(spans('The deal was reached overnight, one of the diplomats told the Sentinel.')).toEqual([
      ['The deal was reached overnight', 'one of the diplomats', 'told'],
    ])
    expect(spans('Two of the officers said the door was open.')).toEqual([
      ['the door was open', 'Two of the officers', 'said'],
    ])
  })
  it('near miss: a quantity of a thing before "of" is content, not the speaker', () => {
    expect(spans('Most of the money was spent, the auditor said.')).toEqual([
      ['Most of the money was spent', 'the auditor', 'said'],
    ])
  })
})

describe('records and studies that "show"', () => {
  it('attribute their content, after or before the cue', () => {
    expect(spans('Its annual report shows a gross margin of 31 per cent in 2024.')).toEqual([
      ['a gross margin of 31 per cent in 2024', 'Its annual report', 'shows'],
    ])
    expect(
      spans('The city paid twice for the same road, records released under access-to-information law show.'),
    ).toEqual([
      ['The city paid twice for the same road', 'records released under access-to-information law', 'show'],
    ])
    expect(spans('Court documents show that the loan was never repaid.')).toEqual([
      ['that the loan was never repaid', 'Court documents', 'show'],
    ])
  })
  it('near miss: a person, a video or a show "shows" nothing reported', () => {
    expect(spans('The video shows a man running from the building.')).toEqual([])
    expect(spans('He showed that he could win the riding.')).toEqual([])
  })
})

describe('a cited source between the cue and its "that"', () => {
  it('"reported, citing X, that …" keeps the that-clause as the content', () => {
    expect(spans('The Daily Nation reported, citing two officials, that the servers were breached.')).toEqual(
      [['that the servers were breached', 'The Daily Nation', 'reported']],
    )
    expect(
      spans('The Herald reported on Friday, quoting a police source, that the drugs were worth $25 million.'),
    ).toEqual([['that the drugs were worth $25 million', 'The Herald', 'reported']])
  })
  it('near miss: a participle after a post-posed cue is no aside before content', () => {
    expect(spans('The plan failed, Smith said, citing costs.')).toEqual([
      ['The plan failed', 'Smith', 'said'],
    ])
  })
})

describe('"report" as a noun before the cue', () => {
  it('after a possessive or after modifiers it is the subject, not the cue', () => {
    expect(spans("The company's report said profits fell sharply last year.")).toEqual([
      ['profits fell sharply last year', "The company's report", 'said'],
    ])
    expect(spans('Its 2024 capital report estimates that tunnelling will take until 2031.')).toEqual([
      ['that tunnelling will take until 2031', 'Its 2024 capital report', 'estimates'],
    ])
  })
  it('near miss: after a plural subject "report" is still the verb', () => {
    expect(spans("The union's leaders report that talks failed.")).toEqual([
      ['that talks failed', "The union's leaders", 'report'],
    ])
  })
})
