// Gold set for `pnpm eval:suggestions`: news passages written for this set in several styles (wire
// copy, investigative pieces with anonymous sources, political reporting with denials, court and
// business news, opinion), annotated for what the desk needs from a suggestion beyond the quote:
//
//   relays     an outlet or person that passes on what an origin said: { relay, origin }
//   responses  a reply of someone concerned: { responder, stance } (stances of find-responses.ts)
//   sources    each source mention as written, with its kind (source-type.ts)
//              (AP's rule: a source the text does not name is anonymous, "U.S. health officials"
//              and "a former aide to X" included; a spokesperson speaks on the record for an office)
//   (an entity named twice in apposition lists both mentions: "Ridgeway Paving|The firm")
//
// Names, outlets and events are invented. A mention is matched by its words (case-insensitive,
// one containing the other), so the annotation does not depend on exact offsets.
import type { ResponseStance, SourceType } from '../src/index.ts'

export interface GoldArticle {
  id: string
  style: string
  text: string
  relays: { relay: string; origin: string }[]
  responses: { responder: string; stance: ResponseStance }[]
  sources: { mention: string; type: SourceType }[]
}

export const SUGGESTIONS_GOLD: GoldArticle[] = [
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
  {
    id: 'long-speaker-phrases',
    style: 'feature',
    text: `The province's water is safe to drink, the soft-spoken, silver-haired chemist insisted, pointing to years of test results.

"The numbers simply do not support panic," Laurentian University hydrologist Omar Nasser said. Environmental Defence Canada called the province's testing "patchy at best."

Residents of the town remain unconvinced. "We were told the same thing in 2016," said longtime resident Gail Munroe.`,
    relays: [],
    responses: [],
    sources: [
      { mention: 'the soft-spoken, silver-haired chemist', type: 'person' },
      { mention: 'Laurentian University hydrologist Omar Nasser', type: 'person' },
      { mention: 'Environmental Defence Canada', type: 'organisation' },
      { mention: 'longtime resident Gail Munroe', type: 'person' },
    ],
  },
  {
    id: 'denial-without-verb',
    style: 'political',
    text: `A former aide to Senator Luc Tremblay alleged that the senator used public funds for a family trip to Portugal.

"That is completely untrue," Tremblay said on Tuesday. "I paid for every part of that trip myself."

Tremblay's office called the allegation fabricated and said receipts would be released. The Senate ethics officer, reached by phone, would not say whether an inquiry had been opened.`,
    relays: [],
    responses: [
      { responder: 'Tremblay', stance: 'denies' },
      { responder: "Tremblay's office", stance: 'denies' },
      { responder: 'The Senate ethics officer', stance: 'declines_to_comment' },
    ],
    sources: [
      { mention: 'A former aide to Senator Luc Tremblay', type: 'anonymous' },
      { mention: 'Tremblay', type: 'person' },
    ],
  },
  {
    id: 'exclamation-floating',
    style: 'sports',
    text: `The Wolves fired head coach Brent Salo on Monday after a ninth straight loss.

"Enough is enough!" general manager Tom Reyes said at a news conference. "We owe our fans better than this."

Salo, reached at his home, said he was disappointed. "Was I given a fair chance?" Salo asked. "I don't think so."`,
    relays: [],
    responses: [],
    sources: [
      { mention: 'general manager Tom Reyes', type: 'person' },
      { mention: 'Salo', type: 'person' },
    ],
  },
  {
    id: 'noun-traps',
    style: 'investigative',
    text: `Independent reports that the bridge was unsafe circulated for years before it closed. The European Commission has been criticised for its slow response.

A 2021 inspection found corrosion in four of the six support cables, according to records obtained by Coastline News. The engineering firm that did the inspection, Halvorsen & Berg, said it had flagged the problem to the province.

The province's transportation department said repairs had been scheduled for next year.`,
    relays: [{ relay: 'Coastline News', origin: 'records' }],
    responses: [],
    sources: [
      { mention: 'records', type: 'document' },
      { mention: 'Halvorsen & Berg', type: 'organisation' },
      { mention: "The province's transportation department", type: 'government_body' },
    ],
  },
  {
    id: 'relay-told-outlet',
    style: 'political',
    text: `Cabinet is expected to approve the pipeline expansion next week, government officials told the Capital Observer.

One senior official said the decision had effectively been made in June. A spokesperson for the environment minister said no decision had been taken.

"Nothing has been decided," the spokesperson said.`,
    relays: [{ relay: 'the Capital Observer', origin: 'government officials' }],
    responses: [{ responder: 'A spokesperson for the environment minister', stance: 'denies' }],
    sources: [
      { mention: 'government officials', type: 'anonymous' },
      { mention: 'One senior official', type: 'anonymous' },
      { mention: 'A spokesperson for the environment minister', type: 'person' },
    ],
  },
  {
    id: 'wire-citing-agency',
    style: 'wire',
    text: `Protesters set fire to a government building in the capital overnight, the state news agency reported, citing the interior ministry.

At least 12 people were injured, the agency said. Amnesty International said security forces had fired live ammunition at the crowd, which the ministry denied.

The ministry did not immediately respond to a request for comment on the Amnesty report.`,
    relays: [{ relay: 'the state news agency', origin: 'the interior ministry' }],
    responses: [
      { responder: 'the ministry', stance: 'denies' },
      { responder: 'The ministry', stance: 'did_not_respond' },
    ],
    sources: [
      { mention: 'the state news agency', type: 'outlet' },
      { mention: 'the interior ministry', type: 'government_body' },
      { mention: 'the agency', type: 'outlet' },
      { mention: 'Amnesty International', type: 'organisation' },
    ],
  },
  {
    id: 'school-board',
    style: 'local',
    text: `The school board voted 7-2 on Tuesday night to close Riverside Elementary at the end of the year.

Trustee Nadia Bell, who voted against the closure, said the board had ignored parents. "We asked questions and got no answers," she said.

Board chair Ken Alvarez rejected that criticism, saying there had been four public meetings. The board's own enrolment study projects a 30 per cent drop in students by 2030.`,
    relays: [],
    responses: [{ responder: 'Board chair Ken Alvarez', stance: 'denies' }],
    sources: [
      { mention: 'Trustee Nadia Bell', type: 'person' },
      { mention: 'she', type: 'person' },
      { mention: "The board's own enrolment study", type: 'document' },
    ],
  },
  {
    id: 'hospital-waits',
    style: 'health',
    text: `Emergency patients at St. Brendan's Hospital waited an average of 19 hours for a bed last winter, according to figures obtained by CityLine.

A nurse who works in the emergency department, and who asked not to be named because she was not authorized to speak publicly, said patients were routinely treated in hallways.

The hospital acknowledged that wait times were too long but disputed the 19-hour figure, saying it included patients waiting for transfers.`,
    relays: [],
    responses: [
      { responder: 'The hospital', stance: 'partially_admits' },
      { responder: 'The hospital', stance: 'denies' },
    ],
    sources: [
      { mention: 'figures obtained by CityLine', type: 'document' },
      { mention: 'A nurse who works in the emergency department', type: 'anonymous' },
      { mention: 'The hospital', type: 'organisation' },
    ],
  },
  {
    id: 'relay-interview-radio',
    style: 'broadcast',
    text: `The mayor of Saint-Rémi says the town will sue the province over the closure of its only bridge.

"We have been abandoned," Mayor Lucie Gagnon said in an interview with Radio Nord on Friday. The province's infrastructure minister told reporters the bridge was closed on engineers' advice.

In a statement, the ministry said the closure was "temporary and necessary."`,
    relays: [{ relay: 'Radio Nord', origin: 'Mayor Lucie Gagnon' }],
    responses: [],
    sources: [
      { mention: 'Mayor Lucie Gagnon', type: 'person' },
      { mention: "The province's infrastructure minister", type: 'person' },
      { mention: 'the ministry', type: 'government_body' },
    ],
  },
  {
    id: 'tech-breach',
    style: 'business',
    text: `Personal data of about 1.2 million customers of Maple Mobile was exposed in a breach last month, a cybersecurity researcher who discovered the flaw told TechBeat.

Maple Mobile confirmed the breach in a statement on Thursday but said no financial information had been accessed. The Office of the Privacy Commissioner said it had opened an investigation.

The company declined to say how many customers had been notified.`,
    relays: [{ relay: 'TechBeat', origin: 'a cybersecurity researcher who discovered the flaw' }],
    responses: [
      { responder: 'Maple Mobile', stance: 'confirms' },
      { responder: 'The company', stance: 'declines_to_comment' },
    ],
    sources: [
      { mention: 'a cybersecurity researcher who discovered the flaw', type: 'person' },
      { mention: 'Maple Mobile', type: 'organisation' },
      { mention: 'The Office of the Privacy Commissioner', type: 'government_body' },
    ],
  },
  {
    id: 'military-anonymous',
    style: 'investigative',
    text: `A senior defence official said the navy had known about the hull cracks since 2019. Two officers familiar with the inspection said the report was never sent to the minister.

The Department of National Defence said in a statement that "safety has never been compromised." The minister's office refused to answer questions about the report.

A retired rear admiral, Paul Dufresne, said the delay was "inexcusable."`,
    relays: [],
    responses: [{ responder: "The minister's office", stance: 'declines_to_comment' }],
    sources: [
      { mention: 'A senior defence official', type: 'anonymous' },
      { mention: 'Two officers familiar with the inspection', type: 'anonymous' },
      { mention: 'The Department of National Defence', type: 'government_body' },
      { mention: 'Paul Dufresne', type: 'person' },
    ],
  },
  {
    id: 'election-claim-denied',
    style: 'political',
    text: `The Progressive Alliance campaign has spent more on advertising than the law allows, rival candidate Howard Lin alleged on Sunday.

Campaign manager Priya Shah said the claim was false. "Every dollar is accounted for," she said. Elections Ontario said it does not comment on complaints it may receive.

Lin, citing an analysis by the watchdog group Open Ballot, said the overspending could exceed $200,000.`,
    relays: [{ relay: 'Lin', origin: 'an analysis by the watchdog group Open Ballot' }],
    responses: [
      { responder: 'Campaign manager Priya Shah', stance: 'denies' },
      { responder: 'Elections Ontario', stance: 'declines_to_comment' },
    ],
    sources: [
      { mention: 'rival candidate Howard Lin', type: 'person' },
      { mention: 'Campaign manager Priya Shah', type: 'person' },
      { mention: 'Elections Ontario', type: 'government_body' },
      { mention: 'an analysis by the watchdog group Open Ballot', type: 'document' },
    ],
  },
  // Held out until the source-kind rules were fixed on their misses; now part of the tuning set.
  {
    id: 'held-transit-fares',
    style: 'local',
    text: `The transit commission will raise fares by 25 cents in January, two commissioners told the Valley Courier on Monday.

Commission chair Rosa Delgado refused to discuss the increase before the budget vote. "Nobody likes a fare hike," said rider advocate Tom Yee, who leads the group Fair Fares. The city's latest ridership survey shows a 12 per cent drop since 2019.`,
    relays: [{ relay: 'the Valley Courier', origin: 'two commissioners' }],
    responses: [{ responder: 'Commission chair Rosa Delgado', stance: 'declines_to_comment' }],
    sources: [
      { mention: 'two commissioners', type: 'anonymous' },
      { mention: 'rider advocate Tom Yee', type: 'person' },
      { mention: "The city's latest ridership survey", type: 'document' },
    ],
  },
  {
    id: 'held-mining-spill',
    style: 'investigative',
    text: `A tailings pond at the Silver Creek mine leaked for at least three weeks before it was reported, according to inspection records obtained by the North Shore Times.

A contractor who worked at the site, and who asked not to be identified for fear of losing work, said crews had been told to keep quiet. Redhill Mining called the allegations baseless. The provincial environment ministry said it had opened an inquiry.`,
    relays: [{ relay: 'the North Shore Times', origin: 'inspection records' }],
    responses: [{ responder: 'Redhill Mining', stance: 'denies' }],
    sources: [
      { mention: 'inspection records', type: 'document' },
      { mention: 'A contractor who worked at the site', type: 'anonymous' },
      { mention: 'The provincial environment ministry', type: 'government_body' },
    ],
  },
  {
    id: 'held-senate-vote',
    style: 'political',
    text: `Senator Ruth Adebayo voted against the bill after receiving donations from the industry, a watchdog group alleged on Friday.

"That is a lie, and they know it," Adebayo said. Her office added that every donation had been reported. The group, Clean Politics Now, did not respond to a request for the documents behind its claim.`,
    relays: [],
    responses: [
      { responder: 'Adebayo', stance: 'denies' },
      { responder: 'Clean Politics Now|The group', stance: 'did_not_respond' },
    ],
    sources: [
      { mention: 'a watchdog group', type: 'organisation' },
      { mention: 'Adebayo', type: 'person' },
      { mention: 'Her office', type: 'government_body' },
    ],
  },
  {
    id: 'held-wire-quake',
    style: 'wire',
    text: `LIMA, Peru (Pacific Wire) - A magnitude 6.8 earthquake struck southern Peru on Wednesday, killing at least nine people, the national civil defence institute said.

"Are we ready for a bigger one?" asked seismologist Carmen Rojas of the Geophysical Institute. Officials in Arequipa said dozens of homes had collapsed.`,
    relays: [],
    responses: [],
    sources: [
      { mention: 'the national civil defence institute', type: 'government_body' },
      { mention: 'seismologist Carmen Rojas', type: 'person' },
      { mention: 'Officials in Arequipa', type: 'anonymous' },
    ],
  },
  {
    id: 'held-hospital-merger',
    style: 'business',
    text: `Two Toronto hospitals are in talks to merge their cardiac units, a senior health official said in an interview with Metro Radio.

Both hospitals declined to comment. The Ontario Nurses' Association said it had not been consulted, while the health minister's office would not confirm the talks.`,
    relays: [{ relay: 'Metro Radio', origin: 'a senior health official' }],
    responses: [
      { responder: 'Both hospitals', stance: 'declines_to_comment' },
      { responder: "the health minister's office", stance: 'declines_to_comment' },
    ],
    sources: [
      { mention: 'a senior health official', type: 'anonymous' },
      { mention: "The Ontario Nurses' Association", type: 'organisation' },
    ],
  },
  {
    id: 'held-police-report',
    style: 'crime',
    text: `The officer involved in the Dec. 3 crash was driving at twice the speed limit, the Courier-Journal reported, citing a draft police report.

Chief Anil Mehta acknowledged that the report existed but disputed its findings. The police union said the officer had followed procedure.`,
    relays: [{ relay: 'the Courier-Journal', origin: 'a draft police report' }],
    responses: [
      { responder: 'Chief Anil Mehta', stance: 'partially_admits' },
      { responder: 'Chief Anil Mehta', stance: 'denies' },
    ],
    sources: [
      { mention: 'the Courier-Journal', type: 'outlet' },
      { mention: 'a draft police report', type: 'document' },
      { mention: 'The police union', type: 'organisation' },
    ],
  },
  // Moved from the held-out set after rules were fixed on their misses (post-posed "alleged" and
  // "found", addressees after "told", unnamed groups, public-body heads, newsroom relays).
  {
    id: 'held2-wire-refinery',
    style: 'wire',
    text: `CALGARY, Alberta (Prairie Wire) - Northgate Energy plans to shut its oldest refinery next year, two people familiar with the plan told Prairie Wire on Tuesday.

The company did not respond to requests for comment. The Alberta Energy Regulator said it had not received a closure notice. "It would be a blow to the whole town," said Mayor Irene Fox.`,
    relays: [{ relay: 'Prairie Wire', origin: 'two people familiar with the plan' }],
    responses: [{ responder: 'The company', stance: 'did_not_respond' }],
    sources: [
      { mention: 'two people familiar with the plan', type: 'anonymous' },
      { mention: 'The Alberta Energy Regulator', type: 'government_body' },
      { mention: 'Mayor Irene Fox', type: 'person' },
    ],
  },
  {
    id: 'held2-investigative-clinic',
    style: 'investigative',
    text: `Patients at the Eastview clinic waited up to nine hours in hallways last winter, according to internal emails reviewed by the Ledger.

Three nurses, who spoke on condition of anonymity because they feared reprisals, described patients sleeping on chairs. The regional health authority denied that hallway care was routine. Clinic director Paul Novak declined to be interviewed.`,
    relays: [{ relay: 'the Ledger', origin: 'internal emails' }],
    responses: [
      { responder: 'The regional health authority', stance: 'denies' },
      { responder: 'Clinic director Paul Novak', stance: 'declines_to_comment' },
    ],
    sources: [
      { mention: 'internal emails', type: 'document' },
      { mention: 'Three nurses', type: 'anonymous' },
      { mention: 'The regional health authority', type: 'government_body' },
    ],
  },
  {
    id: 'held2-political-contract',
    style: 'political',
    text: `Transport Minister Dana Whitlock steered a highway contract to a firm owned by a former aide, the opposition alleged on Thursday.

Whitlock rejected the accusation. "Every bid was scored by public servants," she said. The firm, Ridgeline Paving, said it had won the contract fairly. The auditor general's office said it would review the file.`,
    relays: [],
    responses: [
      { responder: 'Whitlock', stance: 'denies' },
      { responder: 'Ridgeline Paving|The firm', stance: 'denies' },
    ],
    sources: [
      { mention: 'the opposition', type: 'organisation' },
      { mention: 'she|Whitlock', type: 'person' },
      { mention: "The auditor general's office", type: 'government_body' },
    ],
  },
  {
    id: 'held2-court-fraud',
    style: 'court',
    text: `A Winnipeg investment adviser took $2 million from retirees to pay for a lake house, prosecutors told a jury on Monday.

Defence lawyer Maria Santos said her client never meant to deceive anyone. According to court filings, the adviser moved the money through three companies.`,
    relays: [],
    responses: [{ responder: 'Defence lawyer Maria Santos', stance: 'denies' }],
    sources: [
      { mention: 'prosecutors', type: 'government_body' },
      { mention: 'court filings', type: 'document' },
    ],
  },
  {
    id: 'held2-health-study',
    style: 'science',
    text: `Children who use screens for more than four hours a day sleep 40 minutes less, a study published on Monday in the journal Pediatrics found.

"The effect is real but modest," said Dr. Hana Okafor, a sleep researcher who was not involved in the work. The Canadian Paediatric Society said it would update its guidance.`,
    relays: [],
    responses: [],
    sources: [
      { mention: 'a study published on Monday in the journal Pediatrics', type: 'document' },
      { mention: 'Dr. Hana Okafor', type: 'person' },
      { mention: 'The Canadian Paediatric Society', type: 'organisation' },
    ],
  },
  {
    id: 'held2-relay-broadcaster',
    style: 'relay',
    text: `Russia has moved air-defence systems closer to the border, the BBC reported, quoting Western intelligence officials.

A spokesperson for the Kremlin dismissed the report as "fantasy". NATO declined to comment on intelligence matters.`,
    relays: [{ relay: 'the BBC', origin: 'Western intelligence officials' }],
    responses: [
      { responder: 'A spokesperson for the Kremlin', stance: 'denies' },
      { responder: 'NATO', stance: 'declines_to_comment' },
    ],
    sources: [
      { mention: 'the BBC', type: 'outlet' },
      { mention: 'Western intelligence officials', type: 'anonymous' },
    ],
  },
]
