import { describe, expect, it } from 'vitest'
import { findQuotes } from './find-quotes.ts'
import { toQuotePredictions } from './prediction-format.ts'

// Classes of error seen on real news (docs/design.md, "Suggestions"), each with variants and near misses.
const one = (text: string) =>
  findQuotes(text).map((q) => [q.content.text, q.source?.text ?? null, q.cue?.text ?? null, q.floating])

describe('a quotation ending in ? or ! before its speaker', () => {
  it('is attributed to the speaker after it, not left floating', () => {
    expect(one('Ng spoke first. "Who pays for this?" Ortiz asked at the hearing.')).toContainEqual([
      '"Who pays for this?"',
      'Ortiz',
      'asked',
      false,
    ])
    expect(one('“Never again!” the union leader shouted.')).toEqual([
      ['“Never again!”', 'the union leader', 'shouted', false],
    ])
    expect(one('"Why now?" asked council member Dee Park.')[0]).toEqual([
      '"Why now?"',
      'council member Dee Park',
      'asked',
      false,
    ])
  })
  it('near miss: a question followed by a new sentence stays a sentence end', () => {
    const quotes = one('Lee said the vote failed. "What now?" The council adjourned at noon.')
    expect(quotes.some((q) => q[0] === '"What now?"' && q[1] !== null)).toBe(false)
  })
})

describe('initialisms inside a speaker', () => {
  it('keep the whole phrase as the speaker', () => {
    expect(one('The talks failed, a U.K. trade negotiator said.')).toEqual([
      ['The talks failed', 'a U.K. trade negotiator', 'said', false],
    ])
    expect(one('According to U.N. monitors, the ceasefire held.')).toEqual([
      ['the ceasefire held', 'U.N. monitors', 'According to', false],
    ])
  })
  it('near miss: an initialism ending a sentence still lets the next sentence be read', () => {
    expect(one('She moved to the U.S. Her lawyer said the move was legal.')).toContainEqual([
      'the move was legal',
      'Her lawyer',
      'said',
      false,
    ])
  })
})

describe('comma-laden speaker phrases', () => {
  it('keep coordinated adjectives inside the speaker', () => {
    expect(one('The bridge is safe, the tall, grey-bearded engineer insisted.')).toEqual([
      ['The bridge is safe', 'the tall, grey-bearded engineer', 'insisted', false],
    ])
    expect(one('"We found nothing," McGill University chemist Ana Ruiz said.')).toEqual([
      ['"We found nothing,"', 'McGill University chemist Ana Ruiz', 'said', false],
    ])
  })
  it('near miss: a noun before the comma and a speaker after it stay apart', () => {
    expect(one('Prices rose sharply last year, Smith said, and the mayor agreed.')[0]?.[1]).toBe('Smith')
    expect(one('The plan, senior officials said, will fail.')[0]?.[1]).toBe('senior officials')
  })
})

describe('a quotation introduced by a colon', () => {
  it('is a direct quote of the subject of the cue before the colon', () => {
    expect(one('The agency posted on its website: "Service will resume on Monday morning."')).toEqual([
      ['"Service will resume on Monday morning."', 'The agency', 'posted', false],
    ])
    expect(one('In a letter to members, the union wrote: “We will not accept this offer.”')).toEqual([
      ['“We will not accept this offer.”', 'the union', 'wrote', false],
    ])
  })
})

describe('nouns that look like cues', () => {
  it('an adjective before a plural noun is not a speaker', () => {
    expect(one('Independent reports that the dam leaked were ignored.')).toEqual([])
    expect(one('Conflicting claims that the vote was rigged spread online.')).toEqual([])
  })
  it('near miss: a name before the same word is still a speaker', () => {
    expect(one('Reuters reports that the dam leaked.')).toEqual([
      ['that the dam leaked', 'Reuters', 'reports', false],
    ])
  })
})

describe('"according to" in the scorer format', () => {
  it('is a cue without a verb', () => {
    const [p] = toQuotePredictions(findQuotes('According to police, the driver fled the scene.'))
    expect(p).toMatchObject({
      speaker: 'police',
      verb: null,
      verb_start: null,
      quote: 'the driver fled the scene',
    })
  })
})
