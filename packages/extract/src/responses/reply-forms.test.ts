import { describe, expect, it } from 'vitest'
import { responseRows } from './response-rows.ts'

// Reply forms of news copy, each with its near misses (issue 18; the texts are made up).
const responses = responseRows

describe('a denial told in the passive names its party after "by"', () => {
  it('a claim disputed, rejected or denied by a party', () => {
    expect(responses('The finding was disputed by Norvale Energy, the utility that owns the line.')).toEqual([
      ['Norvale Energy', 'denies', 'disputed by'],
    ])
    expect(responses('Those figures were rejected by the ministry on Monday.')).toEqual([
      ['the ministry', 'denies', 'rejected by'],
    ])
  })
  it('near miss: a permit denied, a motion rejected by a body', () => {
    expect(responses('The permit was denied by the city in March.')).toEqual([])
    expect(responses('The motion was rejected by council.')).toEqual([])
  })
})

describe('fighting a charge denies it', () => {
  it('is contesting the charges, are disputing the findings', () => {
    expect(
      responses('Ortega, 67, who owns 11 rooming houses, is contesting all six charges against him.'),
    ).toEqual([['Ortega', 'denies', 'is contesting all six charges']])
    expect(responses('The two firms are disputing the findings.')).toEqual([
      ['The two firms', 'denies', 'are disputing the findings'],
    ])
  })
  it('near miss: contesting an election, fighting a fire', () => {
    expect(responses('She is contesting the riding for the Greens.')).toEqual([])
    expect(responses('Crews were fighting the fire all night.')).toEqual([])
  })
})

describe('refusing to name or release declines', () => {
  it('would not name its partners, would not release the review', () => {
    expect(responses('The company would not name its partners, citing confidentiality.')).toEqual([
      ['The company', 'declines_to_comment', 'would not name'],
    ])
    expect(responses('The service would not release that review.')).toEqual([
      ['The service', 'declines_to_comment', 'would not release'],
    ])
  })
})

describe('a party dismissing the story in its own words', () => {
  it('a hit job, misunderstands how', () => {
    expect(responses('Tremblay wrote on X that the story was “a hit job built on a calendar.”')).toEqual([
      ['Tremblay', 'denies', 'wrote'],
    ])
    expect(responses('Pereira wrote that the report “misunderstands how mobile advertising works.”')).toEqual(
      [['Pereira', 'denies', 'wrote']],
    )
  })
  it('a sentence that opens with a time names its subject for a participle clause', () => {
    expect(responses('On Thursday evening he went further, writing that the story was a hit job.')).toEqual([
      ['he', 'denies', 'writing'],
    ])
  })
  it('near miss: a hit song, misunderstanding in a question', () => {
    expect(responses('The singer said the album was a hit with fans.')).toEqual([])
  })
})

describe('a party the apposition says was named in the accusation', () => {
  it('one of the companies named in the report, answering in the negative', () => {
    const text =
      'A report says four ad firms received location data. AdNexa, one of the companies named in the report, said it had “never requested” such data.'
    expect(responses(text)).toEqual([['AdNexa', 'denies', 'said']])
  })
  it('near miss: a party undecided is not denying', () => {
    const text =
      'The memoir was copied, the newsletter found. Obi, one of the writers named in the report, said she had not decided whether to sue.'
    expect(responses(text)).toEqual([])
  })
})

describe('a described speaker named in apposition is filed under the name', () => {
  it('A lawyer for the company, Sandra Whitby, said', () => {
    expect(responses('A lawyer for Kestrel, Sandra Whitby, said the claims were “without merit.”')).toEqual([
      ['Sandra Whitby', 'denies', 'said'],
    ])
  })
  it('near miss: a named speaker with an age in apposition keeps the name', () => {
    expect(responses('Hale, 45, said the claims were false.')).toEqual([
      ['Hale', 'denies', 'said the claims were false'],
    ])
  })
})

describe('a group named by two names answers twice', () => {
  it('Two others, A and B, did not respond', () => {
    expect(
      responses('Two others, Blue Harbor Media and Quantis, did not respond to emailed questions.'),
    ).toEqual([
      ['Blue Harbor Media', 'did_not_respond', 'did not respond'],
      ['Quantis', 'did_not_respond', 'did not respond'],
    ])
  })
  it('near miss: one name in apposition answers once', () => {
    expect(responses('The auditing firm, Caron Lessard LLP, did not respond.')).toEqual([
      ['Caron Lessard LLP', 'did_not_respond', 'did not respond'],
    ])
  })
})

describe('a refusal after another verb of the same subject', () => {
  it('Castellano did not testify and declined to speak', () => {
    expect(responses('Castellano did not testify Monday and declined to speak with reporters.')).toEqual([
      ['Castellano', 'declines_to_comment', 'declined to speak'],
    ])
  })
  it('near miss: a sentence opening with a preposition names no subject', () => {
    expect(responses('In the end nothing was said and declined to speak.')).toEqual([])
  })
})

describe('a newsroom still waiting for an answer', () => {
  it('no response received from X; asked X … still waiting for an answer', () => {
    expect(responses('The Star has not received a response from the ministry.')).toEqual([
      ['the ministry', 'did_not_respond', 'has not received a response from'],
    ])
    const text =
      "I also asked the premier's office whether it would publish both numbers. A week later, I am still waiting for an answer."
    expect(responses(text)).toEqual([
      ["the premier's office", 'did_not_respond', 'still waiting for an answer'],
    ])
  })
  it('near miss: police waiting for a response from a lab is no silence of a party', () => {
    expect(responses('Police said they had not received a response from the lab.')).toEqual([])
  })
})

describe('one who speaks for the body just accused answers in any words', () => {
  it('"board president" after a claim against the condo board', () => {
    const text =
      'A lawsuit claims the Pinecrest condo board hid water damage from buyers. “Every engineering report was posted the day we received it,” board president Ray Okafor said.'
    expect(responses(text)).toEqual([['board president Ray Okafor', 'denies', 'said']])
  })
  it('near miss: a spokesperson of another body, or after no accusation, answers nothing', () => {
    expect(
      responses(
        'A lawsuit claims the Pinecrest condo board hid water damage. “Our inspectors will visit next week,” city spokesperson Ana Ruiz said.',
      ),
    ).toEqual([])
    expect(
      responses(
        'The board met on Tuesday to plan repairs. “Every report was posted the day we received it,” board president Ray Okafor said.',
      ),
    ).toEqual([])
  })
})

describe('the other half of "acknowledged X but said Y" denies', () => {
  it('a partial admission and a denial', () => {
    expect(
      responses(
        'The company acknowledged that its centres had fallen below ratios but said each lapse was reported.',
      ),
    ).toEqual([
      ['The company', 'partially_admits', 'acknowledged'],
      ['The company', 'denies', 'but said'],
    ])
  })
  it('near miss: "but declined to say" is a refusal, not a denial', () => {
    expect(responses('The city acknowledged the error but declined to say how it happened.')).toEqual([
      ['The city', 'admits', 'acknowledged'],
      ['The city', 'declines_to_comment', 'declined to say'],
    ])
  })
})

describe('a party in what its representative reports', () => {
  it('"Vieira’s lawyer said her client denies", "a spokesperson … said the department does not comment"', () => {
    expect(responses("Vieira's lawyer, Sunita Malhotra, said her client denies any involvement.")).toEqual([
      ['Vieira', 'denies', 'denies'],
    ])
    expect(
      responses(
        'A spokesperson for the Department of Families said the department does not comment on licensees.',
      ),
    ).toEqual([['A spokesperson for the Department of Families', 'declines_to_comment', 'does not comment']])
  })
  it('near miss: a body reporting another party’s refusal', () => {
    expect(responses('The ministry said the company declined to comment.')).toEqual([
      ['the company', 'declines_to_comment', 'declined to comment'],
    ])
  })
  it('lawyers for a party who could not be reached', () => {
    expect(responses('Lawyers for the other two men could not be reached for comment.')).toEqual([
      ['Lawyers for the other two men', 'did_not_respond', 'could not be reached'],
    ])
  })
})

describe('a body named by its noun answers an accusation of it in the negative', () => {
  it('"The authority said … the servers were not involved"', () => {
    const text =
      'The Star reported that an audit had warned the authority about old servers. The authority said in a statement that the affected servers were not involved in the attack.'
    expect(responses(text)).toEqual([['The authority', 'denies', 'said']])
  })
  it('near miss: agreeing in positive words answers nothing', () => {
    const text =
      'A review found that the ministry had no way of tracking its incentives. The ministry said it accepted the review’s recommendations.'
    expect(responses(text)).toEqual([])
  })
})

describe('newsroom wordings of a reply', () => {
  it('reached out but received no response; a quoted adverb before the verb; who did not respond', () => {
    expect(
      responses('CBC News reached out to the ministry but did not receive a response by deadline.'),
    ).toEqual([['the ministry', 'did_not_respond', 'reached out to']])
    expect(responses('A spokesperson said the firm “strongly disputes” the claims.')).toEqual([
      ['the firm', 'denies', 'disputes'],
    ])
    expect(responses('The Star contacted Smith, who did not respond.')).toEqual([
      ['Smith', 'did_not_respond', 'did not respond'],
    ])
  })
  it('near miss: police who got no answer; a body named with "of" keeps its whole name', () => {
    expect(responses('Police contacted the family and did not receive an answer.')).toEqual([])
    expect(
      responses('The Department of Justice, which did not respond to questions, runs the program.'),
    ).toEqual([['The Department of Justice', 'did_not_respond', 'did not respond']])
  })
})

describe('a title abbreviation ends no sentence', () => {
  it('"Police allege Coun. Eddie Rampersad …" accuses Rampersad; "said Coun. Janet Morrow" names her', () => {
    const text =
      'Police allege Coun. Eddie Rampersad was behind the wheel. "I was in Ottawa that night, and 30 people can tell you so," Rampersad said.'
    expect(responses(text)).toEqual([['Rampersad', 'denies', 'said']])
    expect(responses('"That\'s simply not what happened," said Coun. Janet Morrow.')).toEqual([
      ['Coun. Janet Morrow', 'denies', 'said'],
    ])
  })
  it('near miss: an event in a condition is no denial', () => {
    expect(responses('"If that happened, it was wrong," the mayor said.')).toEqual([])
  })
})

describe('who the accused party is, by its role, its kind or its common noun', () => {
  it('a defence lawyer in apposition; the premier’s press secretary; police in lower case; the company', () => {
    expect(
      responses(
        'Witnesses said Const. Mark Devlin struck the man first. "My client was defending himself," said Ruth Ansell, Devlin\'s lawyer.',
      ),
    ).toEqual([['Ruth Ansell', 'denies', 'said']])
    expect(
      responses(
        'The NDP says the premier\'s office interfered in the probe. "This is politics, pure and simple," said Kyle Bourassa, the premier\'s press secretary.',
      ),
    ).toEqual([['Kyle Bourassa', 'denies', 'said']])
    expect(
      responses(
        'Reuters reported that Ardent Mining was in talks to sell its unit. "Ardent is not in talks with anyone," the company said.',
      ),
    ).toEqual([['the company', 'denies', 'said']])
  })
  it('near miss: a Crown lawyer speaks for the accusers', () => {
    expect(
      responses(
        'Witnesses said Devlin struck first. "The video shows it," said Ruth Ansell, the Crown\'s lawyer.',
      ),
    ).toEqual([])
  })
})

describe('more ways a party answers in its own words', () => {
  it('“strongly disagrees” with, properly tendered, the report contains errors', () => {
    expect(responses('In a statement, the company said it “strongly disagrees” with the findings.')).toEqual([
      ['it', 'denies', 'disagrees” with'],
    ])
    expect(responses('The city maintains that the contract was properly tendered.')).toEqual([
      ['The city', 'denies', 'maintains'],
    ])
    expect(responses('The ministry says the report contains “factual errors.”')).toEqual([
      ['The ministry', 'denies', 'says'],
    ])
  })
  it('near miss: an auditor finding errors in records accuses', () => {
    expect(responses("The auditor said the ministry's records contained errors.")).toEqual([])
  })
})

describe('one party’s repeated reply across paragraphs is one response', () => {
  it('a denial, then the same party’s words two paragraphs later', () => {
    const text =
      'OTTAWA — Minister Priya Raman denied that she had held undisclosed meetings.\n\nThe Ledger reported the meetings on Wednesday.\n\n“I have never met with Halcyon about their application,” Raman told reporters.'
    expect(responses(text)).toEqual([['Minister Priya Raman', 'denies', 'denied']])
  })
  it('near miss: another party’s denial stays', () => {
    const text =
      'Minister Priya Raman denied that she had held undisclosed meetings.\n\nHalcyon denied that it had lobbied her.'
    expect(responses(text).map((r) => r[0])).toEqual(['Minister Priya Raman', 'Halcyon'])
  })
})

describe('"counters" is a verb only before what is countered', () => {
  it('"The firm counters that …"', () => {
    expect(responses('The firm counters that the figures were outdated.')).toEqual([
      ['The firm', 'denies', 'counters'],
    ])
  })
  it('near miss: check-in counters', () => {
    expect(responses('Staff at the check-in counters this week were managers.')).toEqual([])
  })
})
