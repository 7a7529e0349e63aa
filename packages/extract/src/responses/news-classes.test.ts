import { describe, expect, it } from 'vitest'
import { responseRows } from './response-rows.ts'

// Responses missed or wrongly found on the unseen news of eval/news-gold/ (tuning group).
const responses = responseRows

describe('denials in the speaker’s words, quoted inside a paraphrase', () => {
  it('"pure fiction", "taken out of context", "nothing whatsoever to do with", called it “a smear”', () => {
    expect(responses('Mwangi said the report was “pure fiction.”')).toEqual([['Mwangi', 'denies', 'said']])
    expect(responses('Evergreen said the memo had been “taken out of context.”')).toEqual([
      ['Evergreen', 'denies', 'said'],
    ])
    expect(responses('Gill said the donation had “nothing whatsoever” to do with the decision.')).toEqual([
      ['Gill', 'denies', 'said'],
    ])
    expect(
      responses('Price called the coverage “a smear” and said his donations were public.'),
    ).toContainEqual(['Price', 'denies', 'called the coverage “a smear'])
  })
  it('near miss: a quoted judgement that is no denial', () => {
    expect(responses('Cole said the findings were “solid but not surprising.”')).toEqual([])
    expect(responses('The mayor called the plan “a good start.”')).toEqual([])
  })
})

describe('declining to comment', () => {
  it('"could not discuss", a conjoined or parenthesised group, a coordinated refusal', () => {
    expect(responses('The ministry said it could not discuss individual inspections.')).toEqual([
      ['The ministry', 'declines_to_comment', 'could not discuss'],
    ])
    expect(responses('Both directors, who are not charged, declined to comment.')).toEqual([
      ['Both directors', 'declines_to_comment', 'declined to comment'],
    ])
    expect(
      responses(
        'The city said it would pay for the cleanup but declined to say whether it would pay the store.',
      ),
    ).toEqual([['The city', 'declines_to_comment', 'declined to say']])
  })
  it('near miss: being unable to confirm a figure is no refusal', () => {
    expect(responses('The health authority said it could not confirm that figure.')).toEqual([])
  })
})

describe('denying someone something', () => {
  it('with a second object answers no claim, whatever the thing is', () => {
    expect(responses('The agency said it had denied two other firms a chance to bid.')).toEqual([])
    expect(responses('The board denied the union a hearing.')).toEqual([])
  })
  it('near miss: denying wrongdoing, an act or an allegation still counts', () => {
    expect(responses('Smith denied any wrongdoing.')).toEqual([['Smith', 'denies', 'denied']])
    expect(responses('Smith denied having an affair.')).toEqual([['Smith', 'denies', 'denied']])
    expect(responses('Dong denied the allegations a day later.')).toEqual([['Dong', 'denies', 'denied']])
  })
})

describe('denials that assert the act was proper', () => {
  it('"won the contract fairly", "never meant to", "exactly as the rules allow", "no decision had been taken"', () => {
    expect(responses('The firm, Ridgeway Paving, said it had won the contract fairly.')).toEqual([
      ['Ridgeway Paving', 'denies', 'said'],
    ])
    expect(responses('Defence lawyer Ana Cruz said her client never meant to deceive anyone.')).toEqual([
      ['Defence lawyer Ana Cruz', 'denies', 'said'],
    ])
    expect(responses('The agency said the permit was granted “exactly as the rules allow.”')).toEqual([
      ['The agency', 'denies', 'said'],
    ])
    expect(responses('The commission said the vote had been “free, fair and verifiable.”')).toEqual([
      ['The commission', 'denies', 'said'],
    ])
    expect(responses('A spokesperson for the minister said no decision had been taken.')).toEqual([
      ['A spokesperson for the minister', 'denies', 'said'],
    ])
  })
  it('near miss: a plain statement of what was done is no denial', () => {
    expect(responses('The firm said it had won three contracts this year.')).toEqual([])
    expect(responses('The minister said a decision would be taken next week.')).toEqual([])
  })
})

describe('more refusals, denials and admissions in a party’s words', () => {
  it('"would neither confirm nor deny", "declined interview requests"', () => {
    expect(
      responses('The administration would neither confirm nor deny that an audit had been opened.'),
    ).toEqual([['The administration', 'declines_to_comment', 'would neither confirm nor deny']])
    expect(responses('Health Canada declined interview requests.')).toEqual([
      ['Health Canada', 'declines_to_comment', 'declined interview requests'],
    ])
  })
  it('"without merit", "frivolous", "we stand by" deny; "I take responsibility", "an honest error" admit', () => {
    expect(responses('His office said the allegations were “without merit.”')).toEqual([
      ['His office', 'denies', 'said'],
    ])
    expect(responses('The firm called the lawsuit “frivolous.”')).toEqual([
      ['The firm', 'denies', 'called the lawsuit “frivolous'],
    ])
    expect(responses('“We stand by the safety of every device,” chief executive Daniel Ho said.')).toEqual([
      ['chief executive Daniel Ho', 'denies', 'said'],
    ])
    expect(
      responses('“I should have checked the forms, and I take responsibility for that,” Tremblay said.'),
    ).toEqual([['Tremblay', 'admits', 'said']])
  })
  it('near miss: an apology to passengers and a plain "we stand" are no response', () => {
    expect(responses('Northjet wrote: “We apologise to every passenger affected.”')).toEqual([])
    expect(responses('“We stand with the families,” the mayor said.')).toEqual([])
  })
})
