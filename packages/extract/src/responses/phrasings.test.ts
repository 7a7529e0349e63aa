import { describe, expect, it } from 'vitest'
import { responseRows } from './response-rows.ts'

// Response phrasings of wire and newspaper copy beyond the classic verbs, each with its near misses
// (issue 18: responses on unseen news). The texts are made up.
const responses = responseRows

describe('denials with other verbs', () => {
  it('pushed back, took issue, disagreed, rebutted, maintained innocence, does not accept, defended', () => {
    expect(responses('The ministry pushed back on the report.')).toEqual([
      ['The ministry', 'denies', 'pushed back on'],
    ])
    expect(responses('Hartley took issue with the figures.')).toEqual([
      ['Hartley', 'denies', 'took issue with'],
    ])
    expect(responses('The company disagreed with the findings.')).toEqual([
      ['The company', 'denies', 'disagreed with'],
    ])
    expect(responses('Okafor has maintained his innocence.')).toEqual([
      ['Okafor', 'denies', 'maintained his innocence'],
    ])
    expect(responses('The agency does not accept the conclusions.')).toEqual([
      ['The agency', 'denies', 'does not accept the'],
    ])
    expect(responses('The premier defended the decision to close the clinic.')).toEqual([
      ['The premier', 'denies', 'defended the decision'],
    ])
  })
  it('near miss: defending a title, accepting an award, questioning a witness', () => {
    expect(responses('The team defended its title on Sunday.')).toEqual([])
    expect(responses('The agency accepted the award.')).toEqual([])
    expect(responses('The lawyer questioned the witness for an hour.')).toEqual([])
  })
})

describe('rejecting and dismissing answer a claim only when their object is one', () => {
  it('the allegations, calls to resign, "as", a relative clause', () => {
    expect(responses('Leblanc dismissed the allegations as a fairy tale.')).toEqual([
      ['Leblanc', 'denies', 'dismissed'],
    ])
    expect(responses('The premier rejected calls to resign.')).toEqual([
      ['The premier', 'denies', 'rejected'],
    ])
    expect(responses('He was accused of lying, an allegation he dismissed.')).toEqual([
      ['he', 'denies', 'dismissed'],
    ])
  })
  it('near miss: offers, lawsuits and employees', () => {
    expect(responses('The division said it had rejected two higher offers for the land.')).toEqual([])
    expect(responses('The court dismissed the lawsuit in March.')).toEqual([])
    expect(responses('The firm dismissed three employees.')).toEqual([])
  })
})

describe('denials and admissions in the speaker’s own words', () => {
  it('"we reject", "has never been compromised", "entirely legal", "followed the training", "riddled with errors"', () => {
    expect(responses('“We reject the suggestion that anyone ignored a recall,” Fitzgerald said.')).toEqual([
      ['Fitzgerald', 'denies', 'said'],
    ])
    expect(responses('Fitzgerald said patient safety “has never been compromised.”')).toEqual([
      ['Fitzgerald', 'denies', 'said'],
    ])
    expect(responses('Moreau said the payments were “entirely legal.”')).toEqual([
      ['Moreau', 'denies', 'said'],
    ])
    expect(
      responses('Peel Regional Police said its officers “followed the training in place at the time.”'),
    ).toEqual([['Peel Regional Police', 'denies', 'said']])
    expect(responses('The council said the audit was “riddled with errors.”')).toEqual([
      ['The council', 'denies', 'said'],
    ])
    expect(responses('“We got it wrong,” the editor said.')).toEqual([['the editor', 'admits', 'said']])
  })
  it('near miss: a judgement inside a condition, what was said before as background', () => {
    expect(responses('“If it’s a fairy tale, the commissioner will say so,” Sandhu said.')).toEqual([])
    expect(
      responses(
        'The school will close, two weeks after the board told parents that no decision had been made.',
      ),
    ).toEqual([])
    expect(responses('“We reject nothing out of hand,” the mayor said of the plan.')).toEqual([
      ['the mayor', 'denies', 'said'],
    ])
  })
  it('the same party twice in a paragraph is one response', () => {
    expect(
      responses(
        'Dr. Alan Fitzgerald said patient safety “has never been compromised.” “We reject the suggestion that anyone ignored a recall,” he said.',
      ),
    ).toEqual([['Dr. Alan Fitzgerald', 'denies', 'said']])
  })
})

describe('a defence lawyer answers for the accused', () => {
  it('"X’s lawyer, Y, said", "a lawyer for the driver said"', () => {
    expect(responses("The owner's lawyer, Ken Duval, said the customer had attacked staff first.")).toEqual([
      ['Ken Duval', 'denies', 'said'],
    ])
    expect(responses('A lawyer for the driver said the light was green.')).toEqual([
      ['A lawyer for the driver', 'denies', 'said'],
    ])
  })
  it('near miss: the lawyer of the Crown, a family or a victim accuses', () => {
    expect(responses("The Crown's lawyer, Jo Ray, said the man had lied.")).toEqual([])
    expect(responses('A lawyer for the family said the police had lied.')).toEqual([])
    expect(responses("The victim's lawyer said the man had lied.")).toEqual([])
  })
})

describe('refusals and silences in other words', () => {
  it('interviews, "would only say", unable to comment, "has not commented", unanswered calls', () => {
    expect(responses('The mayor declined an interview.')).toEqual([
      ['The mayor', 'declines_to_comment', 'declined an interview'],
    ])
    expect(responses('The ministry would only say that the file was under review.')).toEqual([
      ['The ministry', 'declines_to_comment', 'would only say'],
    ])
    expect(responses('The police said they were unable to comment.')).toEqual([
      ['The police', 'declines_to_comment', 'were unable to comment'],
    ])
    expect(responses('The senator has not publicly commented on the report.')).toEqual([
      ['The senator', 'did_not_respond', 'has not publicly commented'],
    ])
    expect(responses('Novak did not answer calls or emails.')).toEqual([
      ['Novak', 'did_not_respond', 'did not answer calls'],
    ])
    expect(responses('Novak couldn’t be reached.')).toEqual([
      ['Novak', 'did_not_respond', 'couldn’t be reached'],
    ])
    expect(responses("Novak couldn't be reached.")).toEqual([
      ['Novak', 'did_not_respond', "couldn't be reached"],
    ])
  })
  it('near miss: an interview given, a figure not confirmed', () => {
    expect(responses('The mayor gave an interview to the Star.')).toEqual([])
    expect(responses('The health authority said it could not confirm that figure.')).toEqual([])
  })
  it('an apology admits; the first person’s courtesy and a second sentence by the same party do not add one', () => {
    expect(
      responses(
        'Coach Dan Voss apologized on Saturday. “I should have known what was happening,” Voss wrote.',
      ),
    ).toEqual([['Coach Dan Voss', 'admits', 'apologized']])
    expect(responses('Northjet wrote: “We apologise to every passenger affected.”')).toEqual([])
  })
  it('pleas and responsibility', () => {
    expect(responses('Dubois pleaded guilty to one count of fraud.')).toEqual([
      ['Dubois', 'admits', 'pleaded guilty'],
    ])
    expect(responses('Dubois pleaded not guilty.')).toEqual([['Dubois', 'denies', 'pleaded not guilty']])
    expect(responses('The airline took full responsibility for the delays.')).toEqual([
      ['The airline', 'admits', 'took full responsibility'],
    ])
  })
})

describe('responders behind a relative clause, an abbreviation or an adverb', () => {
  it('"The officer who led the interview, Det. Mark Hollis,", "X, Y, and Z, W, both declined"', () => {
    expect(
      responses(
        'The officer who led the interview, Det. Mark Hollis, did not respond to a request for comment.',
      ),
    ).toEqual([['Det. Mark Hollis', 'did_not_respond', 'did not respond']])
    expect(
      responses(
        'The developer, Northgate Homes, and its president, Richard Amaro, both declined to comment.',
      ),
    ).toEqual([
      ['Northgate Homes', 'declines_to_comment', 'declined to comment'],
      ['Richard Amaro', 'declines_to_comment', 'declined to comment'],
    ])
    expect(responses('The ministry and the police each declined to comment.')).toEqual([
      ['The ministry', 'declines_to_comment', 'declined to comment'],
      ['the police', 'declines_to_comment', 'declined to comment'],
    ])
  })
})

describe('responders behind long asides, and a party named twice', () => {
  it('a long relative clause, two asides, a long apposition before a plea', () => {
    expect(
      responses(
        'Harrow Consulting, which is registered to a house in the St. Vital neighbourhood, could not be reached.',
      ),
    ).toEqual([['Harrow Consulting', 'did_not_respond', 'could not be reached']])
    expect(
      responses(
        "Kowalczyk's wife, Teresa Kowalczyk, who is listed as the firm's sole director, declined an interview request.",
      ),
    ).toEqual([['Teresa Kowalczyk', 'declines_to_comment', 'declined an interview request']])
    expect(
      responses(
        'Brent Ashworth, a Dartmouth contractor accused of taking deposits for more than 30 renovations he never started, pleaded not guilty Tuesday.',
      ),
    ).toEqual([['Brent Ashworth', 'denies', 'pleaded not guilty']])
    expect(responses('The families of the older players could not be reached.')).toEqual([
      ['The families of the older players', 'did_not_respond', 'could not be reached'],
    ])
  })
  it('"the spokesperson, NAME," after the party’s reply is the same response; near miss: two parties', () => {
    expect(
      responses(
        'A spokesperson for Northshore Rail disputed the report. “The track met every federal standard,” the spokesperson, Hélène Marchand, wrote in an email.',
      ),
    ).toEqual([['A spokesperson for Northshore Rail', 'denies', 'disputed']])
    expect(
      responses(
        'Chief Anil Mehta disputed its findings. The police union said the officer had followed procedure.',
      ),
    ).toEqual([
      ['Chief Anil Mehta', 'denies', 'disputed'],
      ['The police union', 'denies', 'said'],
    ])
  })
})

describe('more refusals, silences and denials', () => {
  it('a follow-up question unanswered, "does not confirm whether", "declined to speak", "was never discussed"', () => {
    expect(responses('Northshore Rail did not answer a follow-up question about the notice.')).toEqual([
      ['Northshore Rail', 'did_not_respond', 'did not answer a follow-up question'],
    ])
    expect(
      responses("The commissioner's office said it does not confirm whether it is investigating."),
    ).toEqual([["The commissioner's office", 'declines_to_comment', 'does not confirm whether']])
    expect(responses('Ashworth declined to speak to reporters.')).toEqual([
      ['Ashworth', 'declines_to_comment', 'declined to speak'],
    ])
    expect(responses('Dunmore said the Keystone bid was never discussed.')).toEqual([
      ['Dunmore', 'denies', 'said'],
    ])
    expect(
      responses('The ministry said the case was handled “in full accordance with Eskarian law.”'),
    ).toEqual([['The ministry', 'denies', 'said']])
  })
  it('near miss: what a minister expects of others, what police did not say, what a correction confirmed', () => {
    expect(responses('A spokesperson said the minister “expects every airline to follow the law.”')).toEqual(
      [],
    )
    expect(responses('Police did not say when charges would be laid.')).toEqual([])
    expect(responses('Corvane said the correction confirmed what it had argued.')).toEqual([])
  })
})

describe('not knowing, not disputing, misrepresenting', () => {
  it('"no recollection", "was not briefed", "did not dispute the figures", "mischaracterizes"', () => {
    expect(responses('Smith said he had no recollection of the meeting.')).toEqual([
      ['Smith', 'denies', 'said'],
    ])
    expect(responses('Trudeau has said he was not briefed on the matter.')).toEqual([
      ['Trudeau', 'denies', 'said'],
    ])
    expect(responses('The company did not dispute the figures.')).toEqual([
      ['The company', 'confirms', 'did not dispute the'],
    ])
    expect(responses('The minister said the report mischaracterizes the situation.')).toEqual([
      ['The minister', 'denies', 'said'],
    ])
  })
  it('near miss: a witness who did not know the accused, a township not told in time', () => {
    expect(responses('The witness said she did not know the accused.')).toEqual([])
    expect(responses('Mayor Lise Brunet said the township was not told what the train carried.')).toEqual([])
  })
})

describe('an accused party speaking in the negative denies, in any words', () => {
  it('"There is no cottage, there was no favour," said by the mayor a sentence accused', () => {
    const text =
      'Mayor Vincent Leblanc was accused on Monday of steering a land sale to a developer. “There is no cottage, there was no favour, and there is no story,” Leblanc told council.'
    expect(responses(text)).toContainEqual(['Leblanc', 'denies', 'told'])
  })
  it('near miss: a party no sentence accuses, a party that declines in the negative, a question', () => {
    expect(
      responses('The council met on Monday. “There is no quorum tonight,” Leblanc told reporters.'),
    ).toEqual([])
    expect(
      responses(
        'Leblanc was accused of steering a sale. Leblanc said he would not discuss the sale until the review ends.',
      ),
    ).toEqual([['Leblanc', 'declines_to_comment', 'would not discuss']])
    expect(
      responses('Leblanc was accused of steering a sale. “Is there no end to this?” Leblanc asked.'),
    ).toEqual([])
  })
})

describe('silences told from the newsroom’s side, the party after the words', () => {
  it('"No one at X could be reached", "Attempts to reach X were unsuccessful", "Reuters could not reach X"', () => {
    expect(responses('No one at Harbour Freight could be reached for comment.')).toEqual([
      ['Harbour Freight', 'did_not_respond', 'No one at'],
    ])
    expect(responses("Attempts to reach Smith's lawyer were unsuccessful.")).toEqual([
      ["Smith's lawyer", 'did_not_respond', 'Attempts to reach'],
    ])
    expect(responses('Reuters could not immediately reach Acme Corp. for comment.')).toEqual([
      ['Acme Corp', 'did_not_respond', 'could not immediately reach'],
    ])
    expect(responses('Asked about the payments, Moreau declined.')).toEqual([
      ['Moreau', 'declines_to_comment', 'declined'],
    ])
  })
  it('near miss: the police failing to reach a family, a board declining a request', () => {
    expect(responses("Police could not reach the victim's family.")).toEqual([])
    expect(responses('The board declined the request.')).toEqual([])
  })
})

describe('an accused party’s reply in other words (the phrasebook’s classes)', () => {
  it('an alternative account right after the accusation, a negative within reach', () => {
    expect(
      responses(
        'Opponents accuse Warden Lucie Gagnon of skipping council meetings. “I’ve attended every meeting this year. Check the attendance record,” Gagnon said.',
      ),
    ).toContainEqual(['Gagnon', 'denies', 'said'])
    expect(
      responses(
        'A former aide says Senator Paul Gauthier told staff to shred expense files. “Nonsense. Nobody in my office was ever asked to destroy anything,” Gauthier said.',
      ),
    ).toContainEqual(['Gauthier', 'denies', 'said'])
  })
  it('near miss: a body’s spokesperson saying what comes next; a party’s neutral words', () => {
    expect(
      responses(
        'Transport Canada opened a review of the line. “Those questions will be answered in the review,” a department spokesperson said.',
      ),
    ).toEqual([])
    expect(
      responses(
        'The union alleges Harbourview Foods fired six workers. “We take these concerns seriously,” Harbourview Foods said.',
      ),
    ).toEqual([])
  })
})

describe('more of the phrasebook’s wordings', () => {
  it('refusals: "No comment," "inappropriate to comment", "does not confirm or deny", "nothing to say", "said only that"', () => {
    expect(responses('“No comment,” Fitzgerald said as he left the courthouse.')).toEqual([
      ['Fitzgerald', 'declines_to_comment', 'said'],
    ])
    expect(responses("The mayor's office said it would be inappropriate to comment.")).toEqual([
      ["The mayor's office", 'declines_to_comment', 'would be inappropriate to comment'],
    ])
    expect(
      responses('The RCMP said it does not confirm or deny whether a person is under investigation.'),
    ).toEqual([['The RCMP', 'declines_to_comment', 'does not confirm or deny']])
    expect(
      responses(
        'Asked about the allegations, Coun. Marc Belanger would only say that he looks forward to clearing his name.',
      ),
    ).toEqual([['Marc Belanger', 'declines_to_comment', 'would only say']])
  })
  it('silences: the one a message was left for, "or his lawyer", representatives for a company', () => {
    expect(responses('Multiple messages left for Gallant over several days were not returned.')).toEqual([
      ['Gallant', 'did_not_respond', 'were not returned'],
    ])
    expect(responses('Attempts to reach Dufresne or his lawyer were unsuccessful.')).toEqual([
      ['Dufresne', 'did_not_respond', 'Attempts to reach'],
    ])
    expect(responses('Reuters was unable to reach representatives for Zenith Shipping.')).toEqual([
      ['Zenith Shipping', 'did_not_respond', 'was unable to reach representatives for'],
    ])
  })
  it('other verbs and confirmations: contradicted, brushed off, deny, "That’s correct", owned up', () => {
    expect(responses('Poulin contradicted the testimony.')).toEqual([['Poulin', 'denies', 'contradicted']])
    expect(responses('Meta Kwon brushed off the criticism.')).toEqual([
      ['Meta Kwon', 'denies', 'brushed off'],
    ])
    expect(responses('Delgado and Aubry deny the allegations.')).toContainEqual(['Aubry', 'denies', 'deny'])
    expect(responses('“That’s correct. We paid the settlement,” said Jeff Morton.')).toEqual([
      ['Jeff Morton', 'confirms', 'said'],
    ])
    expect(responses('The senator owned up to the expense claims on Monday.')).toEqual([
      ['The senator', 'admits', 'owned up to'],
    ])
  })
  it('near miss: a permit or a motion denied, a subject negated, an accuser’s lawyer, asked to deny', () => {
    expect(responses("The city denied the restaurant's application for a patio permit.")).toEqual([])
    expect(responses('The judge denied a motion by the defence.')).toEqual([])
    expect(responses('Neither Visser nor the company admitted wrongdoing in the settlement.')).toEqual([])
    expect(responses("The accuser's lawyer, Michelle Park, said her client did not consent.")).toEqual([])
    expect(responses('The board asked the mayor to deny the report.')).toEqual([])
  })
})
