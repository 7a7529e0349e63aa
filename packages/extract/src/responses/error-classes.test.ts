import { describe, expect, it } from 'vitest'
import { responseRows } from './response-rows.ts'

// Classes of error seen on real news (docs/design.md, "Suggestions"), each with variants and near misses.
const responses = responseRows

describe('denials without a denial verb', () => {
  it('are read from the speaker’s own words', () => {
    expect(responses('The report named Reid. "That is simply false," Reid said on Monday.')).toEqual([
      ['Reid', 'denies', 'said'],
    ])
    expect(responses('“It never happened,” the coach told reporters.')).toEqual([
      ['the coach', 'denies', 'told'],
    ])
  })
  it('are read from "called … fabricated", "in no way accepted", "said the claim was false"', () => {
    expect(responses('The mayor called the report misleading.')).toEqual([
      ['The mayor', 'denies', 'called the report misleading'],
    ])
    expect(responses('The union in no way accepted the figures.')).toEqual([
      ['The union', 'denies', 'in no way accepted'],
    ])
    expect(responses('Her lawyer said the allegations were completely untrue.')).toContainEqual([
      'Her lawyer',
      'denies',
      'said the allegations were completely untrue',
    ])
  })
  it('near miss: agreement or praise is no denial', () => {
    expect(responses('"That is exactly right," Reid said.')).toEqual([])
    expect(responses('The mayor called the report thorough.')).toEqual([])
  })
})

describe('declining to comment', () => {
  it('covers any refusal to say something', () => {
    for (const [text, cue] of [
      ['The ministry declined to give details.', 'declined to give'],
      ['The firm refused to answer questions.', 'refused to answer'],
      ['A spokesperson would not say whether the talks had ended.', 'would not say'],
      ['The league does not comment on investigations.', 'does not comment'],
    ] as const) {
      expect(responses(text).map((r) => [r[1], r[2]])).toEqual([['declines_to_comment', cue]])
    }
  })
  it('near miss: declining an offer is not declining to comment', () => {
    expect(responses('The team declined the offer.')).toEqual([])
  })
})

describe('conjoined responders', () => {
  it('each get the response', () => {
    expect(responses('Both the ministry and the police declined to comment.')).toEqual([
      ['the ministry', 'declines_to_comment', 'declined to comment'],
      ['the police', 'declines_to_comment', 'declined to comment'],
    ])
    expect(responses('Hydro One and the regulator did not respond to requests for comment.')).toEqual([
      ['Hydro One', 'did_not_respond', 'did not respond'],
      ['the regulator', 'did_not_respond', 'did not respond'],
    ])
  })
})

describe('denying someone a thing', () => {
  it('answers no claim', () => {
    expect(responses('The agency said it had denied the firm a licence.')).toEqual([])
    expect(responses('The judge denied him bail.')).toEqual([])
  })
  it('near miss: denying an allegation still counts', () => {
    expect(responses('The firm denied the allegations.')).toEqual([['The firm', 'denies', 'denied']])
  })
})

describe('responder phrases', () => {
  it('keep the title before a name, cross a parenthetical, and stop at a sentence end', () => {
    expect(responses('Police spokesperson Jean Lavoie declined to confirm the arrest.')[0]?.[0]).toBe(
      'Police spokesperson Jean Lavoie',
    )
    expect(responses('The department, in a written response, called the story misleading.')[0]?.[0]).toBe(
      'The department',
    )
    expect(responses('He spoke to the Sentinel. His office did not respond.')[0]?.[0]).toBe('His office')
  })
  it('a second verb of the same subject takes its responder', () => {
    expect(
      responses('The hospital acknowledged that waits were long but disputed the 19-hour figure.'),
    ).toEqual([
      ['The hospital', 'partially_admits', 'acknowledged'],
      ['The hospital', 'denies', 'disputed'],
    ])
  })
})

describe('a conjunction before the cue', () => {
  it('is not part of a responder: the coordinated verb keeps the subject of the sentence', () => {
    expect(responses('Chief Ana Ruiz acknowledged that the memo existed but disputed its figures.')).toEqual([
      ['Chief Ana Ruiz', 'partially_admits', 'acknowledged'],
      ['Chief Ana Ruiz', 'denies', 'disputed'],
    ])
  })
})

describe('the responder stays in its own sentence and keeps the role that speaks for a body', () => {
  it('never reaches back over a full stop or a paragraph break', () => {
    expect(responses('The board voted on Friday.\n\nMarsh rejected the findings.')).toEqual([
      ['Marsh', 'denies', 'rejected'],
    ])
    expect(responses('The audit was sent to Ottawa. Lindqvist disputed it.')).toEqual([
      ['Lindqvist', 'denies', 'disputed'],
    ])
    // near miss: an abbreviation or initials inside a name are no sentence end
    expect(responses('Dr. Amara Diallo denied the claim.')).toEqual([
      ['Dr. Amara Diallo', 'denies', 'denied'],
    ])
    expect(responses('J.K. Osei denied the claim.')).toEqual([['J.K. Osei', 'denies', 'denied']])
  })
  it('takes in "a spokesperson for", "the head of", "a lawyer for" before the body', () => {
    expect(responses('A spokesperson for the ministry dismissed the story.')).toEqual([
      ['A spokesperson for the ministry', 'denies', 'dismissed'],
    ])
    expect(responses('The head of the union rejected the allegations.')).toEqual([
      ['The head of the union', 'denies', 'rejected'],
    ])
    // near miss: a word before "for" that is no role leaves the body alone
    expect(responses('After months of talks the union rejected the allegations.')).toEqual([
      ['the union', 'denies', 'rejected'],
    ])
  })
})
