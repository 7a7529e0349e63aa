// Passages written for the gold set (suggestions-gold.ts), first half.
import type { GoldArticle } from '../suggestions-gold.ts'

export const WRITTEN_1: GoldArticle[] = [
  {
    id: 'wire-port-strike',
    style: 'wire',
    text: `HALIFAX, Nova Scotia (Maritime Press) - Dockworkers at the Port of Halifax walked off the job on Monday after talks collapsed, the union said in a statement.

"We gave them every chance to come back to the table," union president Marc Doiron told reporters outside the terminal. The port authority said it regretted the decision.

Two people with knowledge of the negotiations told the Chronicle Herald that the employers had offered a 9 per cent raise over three years. The employers' association declined to give details of its offer.`,
    relays: [{ relay: 'the Chronicle Herald', origin: 'Two people with knowledge of the negotiations' }],
    responses: [{ responder: "The employers' association", stance: 'declines_to_comment' }],
    sources: [
      { mention: 'the union', type: 'organisation' },
      { mention: 'union president Marc Doiron', type: 'person' },
      { mention: 'The port authority', type: 'government_body' },
      { mention: 'Two people with knowledge of the negotiations', type: 'anonymous' },
    ],
  },
  {
    id: 'investigation-procurement',
    style: 'investigative',
    text: `A senior procurement official approved the contract weeks before the tender closed, according to internal emails obtained by the Ledger.

A former employee of the department, who spoke on condition of anonymity because she feared reprisals, said managers were told to "make it work." Three current staff members familiar with the file described the same pressure.

The department, in a written response, called the story misleading. Deputy Minister Carla Vos did not respond to repeated requests for comment.`,
    // "obtained by the Ledger": the newsroom that obtained the emails is their relay (the held-out
    // set annotates "reviewed by the Ledger" the same way; the two used to disagree).
    relays: [{ relay: 'the Ledger', origin: 'internal emails' }],
    responses: [
      { responder: 'The department', stance: 'denies' },
      { responder: 'Deputy Minister Carla Vos', stance: 'did_not_respond' },
    ],
    sources: [
      { mention: 'internal emails', type: 'document' },
      { mention: 'A former employee of the department', type: 'anonymous' },
      { mention: 'Three current staff members familiar with the file', type: 'anonymous' },
    ],
  },
  {
    id: 'politics-denial-interview',
    style: 'political',
    text: `MP Daniel Whitford has been accused of using his constituency office to raise party funds, a claim first aired by Northern Wire.

"I have never asked a single staffer to do partisan work," Whitford said in an interview with the Sentinel. His office in no way accepted the figures published by the outlet, a spokesperson added.

The party's national director, Irene Tam, would not comment on the allegations.`,
    relays: [{ relay: 'the Sentinel', origin: 'Whitford' }],
    responses: [
      { responder: 'Whitford', stance: 'denies' },
      { responder: 'His office', stance: 'denies' },
      { responder: "Irene Tam|The party's national director", stance: 'declines_to_comment' },
    ],
    sources: [
      { mention: 'Northern Wire', type: 'outlet' },
      { mention: 'Whitford', type: 'person' },
      { mention: 'a spokesperson', type: 'person' },
    ],
  },
  {
    id: 'court-fraud',
    style: 'court',
    text: `A Winnipeg businessman charged with defrauding investors of $4 million told the court on Thursday that the money had been spent on legitimate expenses.

"Is it fair to call this a scheme?" defence lawyer Aisha Rahman asked the jury. "It was a business that failed."

The Crown says the accused, Peter Hollis, moved the funds to accounts in Panama. Hollis flatly rejected that account, and his lawyer dismissed the Crown's figures as guesswork.`,
    relays: [],
    responses: [
      { responder: 'Hollis', stance: 'denies' },
      { responder: 'his lawyer', stance: 'denies' },
    ],
    sources: [
      { mention: 'A Winnipeg businessman charged with defrauding investors', type: 'person' },
      { mention: 'defence lawyer Aisha Rahman', type: 'person' },
      { mention: 'The Crown', type: 'government_body' },
    ],
  },
  {
    id: 'health-abbreviations',
    style: 'wire',
    text: `GENEVA (Continental News Agency) - The W.H.O. will send a second team to the region, a U.N. spokesperson said on Friday.

"We are seeing cases we cannot explain," said Dr. Helena Marsh, who leads the agency's outbreak unit. According to U.S. health officials, at least 40 people have been treated since March.

A European diplomat, speaking on condition of anonymity, told the agency that the mission had been delayed by a visa dispute.`,
    relays: [{ relay: 'the agency', origin: 'A European diplomat' }],
    responses: [],
    sources: [
      { mention: 'a U.N. spokesperson', type: 'person' },
      { mention: 'Dr. Helena Marsh', type: 'person' },
      { mention: 'U.S. health officials', type: 'anonymous' },
      { mention: 'A European diplomat', type: 'anonymous' },
    ],
  },
  {
    id: 'opinion-housing',
    style: 'opinion',
    text: `The housing minister insists the new rules will cut rents. I am not convinced.

"Supply is the only answer!" the minister declared at a conference last week. Maybe. But a 2022 audit of the program found that only one in five promised units was ever built, and the city's own annual report says waiting lists have doubled.

Asked about the audit, the ministry said it was reviewing the findings.`,
    relays: [],
    responses: [],
    sources: [
      { mention: 'the minister', type: 'person' },
      { mention: 'a 2022 audit of the program', type: 'document' },
      { mention: "the city's own annual report", type: 'document' },
      { mention: 'the ministry', type: 'government_body' },
    ],
  },
  {
    id: 'relay-quoting-police',
    style: 'crime',
    text: `Police have arrested a second suspect in last month's armoured-car robbery, the Gazette reported on Tuesday, quoting a police source.

The suspect, a 34-year-old man from Laval, was arrested at a hotel near the airport, according to the report. A source quoted by the Gazette said investigators had tracked him through a rental car.

Police spokesperson Jean Lavoie declined to confirm the arrest.`,
    relays: [
      { relay: 'the Gazette', origin: 'a police source' },
      { relay: 'the Gazette', origin: 'A source' },
    ],
    responses: [{ responder: 'Police spokesperson Jean Lavoie', stance: 'declines_to_comment' }],
    sources: [
      { mention: 'the Gazette', type: 'outlet' },
      { mention: 'a police source', type: 'anonymous' },
      { mention: 'A source', type: 'anonymous' },
      { mention: 'Police spokesperson Jean Lavoie', type: 'person' },
    ],
  },
  {
    id: 'business-layoffs',
    style: 'business',
    text: `Lakeshore Steel will cut 600 jobs at its Hamilton plant, three people briefed on the plan told Bay Street Daily.

The company said in an emailed statement that it "does not comment on rumours." A union local representing the workers, Steelworkers Local 1005, said it had not been informed.

"Nobody from the company has called us," local president Dana Kowalski said. "Not once."`,
    relays: [{ relay: 'Bay Street Daily', origin: 'three people briefed on the plan' }],
    responses: [{ responder: 'The company', stance: 'declines_to_comment' }],
    sources: [
      { mention: 'three people briefed on the plan', type: 'anonymous' },
      { mention: 'The company', type: 'organisation' },
      { mention: 'Steelworkers Local 1005', type: 'organisation' },
      { mention: 'local president Dana Kowalski', type: 'person' },
    ],
  },
  {
    id: 'politics-conjoined-decline',
    style: 'political',
    text: `Opposition leader Rachel Okoye accused the premier's office of steering a $30-million road contract to a donor's firm.

Both the premier's office and the transportation ministry declined to comment on Wednesday. The firm, Ridgeway Paving, did not return calls.

Okoye said documents released under freedom-of-information law showed the contract was amended twice after it was signed.`,
    relays: [],
    responses: [
      { responder: "the premier's office", stance: 'declines_to_comment' },
      { responder: 'the transportation ministry', stance: 'declines_to_comment' },
      { responder: 'Ridgeway Paving|The firm', stance: 'did_not_respond' },
    ],
    sources: [
      { mention: 'Opposition leader Rachel Okoye', type: 'person' },
      { mention: 'Okoye', type: 'person' },
    ],
  },
  {
    id: 'colon-statement',
    style: 'wire',
    text: `The airline cancelled 140 flights on Sunday after a software failure grounded its fleet for four hours.

Northjet wrote on its website: "We apologise to every passenger affected and are working to rebook them today."

Transport Canada said it was monitoring the situation. An advocacy group for travellers, Fair Skies, said passengers were owed compensation.`,
    relays: [],
    responses: [],
    sources: [
      { mention: 'Northjet', type: 'organisation' },
      { mention: 'Transport Canada', type: 'government_body' },
      { mention: 'Fair Skies', type: 'organisation' },
    ],
  },
]
