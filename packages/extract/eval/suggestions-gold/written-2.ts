// Passages written for the gold set (suggestions-gold.ts), second half.
import type { GoldArticle } from '../suggestions-gold.ts'

export const WRITTEN_2: GoldArticle[] = [
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
      // anonymous by this set's rule (the text never names the researcher); was 'person' until session 11
      { mention: 'a cybersecurity researcher who discovered the flaw', type: 'anonymous' },
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
    responses: [
      // added in session 11: the department's "safety has never been compromised" answers the
      // officials' account (missed when the passage was first annotated)
      { responder: 'The Department of National Defence', stance: 'denies' },
      { responder: "The minister's office", stance: 'declines_to_comment' },
    ],
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
]
