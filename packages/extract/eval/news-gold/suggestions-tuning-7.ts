// Suggestions annotations of tuning-7.txt: eight articles written blind for w18 (the writer read no
// rule of src/ and no held-out article) and scored before any rule was changed for them. Part of the
// news-tuning group; `pnpm eval:suggestions --group news-tuning-7` scores them alone. As in
// tuning-6, "A|B" lists the ways one party is named in apposition, an admission with a denial in one
// sentence is two responses, and a party's later quote that only restates its reply is not another
// response. A statement of a party that takes no stance ("takes these concerns seriously", "full
// confidence") or agrees with the news is not a response; a reply through an agent or a spokesperson
// lists the speaker among the party's names.
import type { NewsAnnotation } from './annotations.ts'

export const TUNING_7: NewsAnnotation[] = [
  {
    id: 't7-wire-rail-derailment',
    style: 'wire',
    relays: [
      { relay: 'Canadian Wire', origin: 'an internal incident summary' },
      { relay: 'The Sudbury Star', origin: 'two firefighters at the scene' },
    ],
    responses: [
      {
        responder: 'A spokesperson for Northshore Rail|the spokesperson, Hélène Marchand|Northshore Rail',
        stance: 'denies',
      },
      { responder: 'Northshore Rail', stance: 'did_not_respond' },
      { responder: 'Transport Canada', stance: 'confirms' },
      { responder: 'Transport Canada', stance: 'declines_to_comment' },
    ],
    sources: [
      { mention: 'the Transportation Safety Board', type: 'government_body' },
      { mention: 'an internal incident summary', type: 'document' },
      { mention: 'The summary', type: 'document' },
      { mention: 'A spokesperson for Northshore Rail', type: 'person' },
      { mention: 'the spokesperson, Hélène Marchand|Hélène Marchand', type: 'person' },
      { mention: 'Residents', type: 'anonymous' },
      { mention: 'Gord Pelletier', type: 'person' },
      { mention: 'Mayor Lise Brunet', type: 'person' },
      { mention: 'The Sudbury Star', type: 'outlet' },
      { mention: 'two firefighters at the scene', type: 'anonymous' },
      { mention: 'Transport Canada', type: 'government_body' },
      { mention: 'a department spokesperson', type: 'person' },
      { mention: 'The safety board', type: 'government_body' },
    ],
  },
  {
    id: 't7-invest-shelter-funds',
    style: 'investigative',
    relays: [
      { relay: 'The Prairie Ledger', origin: 'financial records' },
      { relay: 'the Ledger', origin: 'three current and former employees' },
      { relay: 'the Ledger', origin: "Minutes of the board's meetings for 2022 and 2023" },
    ],
    responses: [
      { responder: 'Martin Kowalczyk', stance: 'denies' },
      { responder: 'The board chair, Denise Arcand|Denise Arcand', stance: 'did_not_respond' },
      { responder: 'Harrow Consulting', stance: 'did_not_respond' },
      { responder: "Teresa Kowalczyk|Kowalczyk's wife", stance: 'declines_to_comment' },
    ],
    sources: [
      { mention: 'financial records', type: 'document' },
      { mention: 'three current and former employees', type: 'anonymous' },
      { mention: 'One former finance manager', type: 'anonymous' },
      { mention: 'Another employee', type: 'anonymous' },
      { mention: 'Martin Kowalczyk', type: 'person' },
      { mention: "Minutes of the board's meetings for 2022 and 2023", type: 'document' },
      { mention: 'a former director', type: 'anonymous' },
      { mention: "A spokesperson for Manitoba's Department of Families", type: 'person' },
      { mention: 'its annual report', type: 'document' },
    ],
  },
  {
    id: 't7-politics-minister-lobbyist',
    style: 'political',
    relays: [],
    responses: [
      { responder: 'Dunmore', stance: 'partially_admits' },
      { responder: 'Dunmore', stance: 'denies' },
      { responder: 'His office', stance: 'denies' },
      { responder: 'Keystone Asphalt', stance: 'denies' },
      { responder: 'Hughes', stance: 'did_not_respond' },
      { responder: "The integrity commissioner's office", stance: 'declines_to_comment' },
    ],
    sources: [
      { mention: 'calendar entries released under freedom-of-information law', type: 'document' },
      { mention: 'The entries', type: 'document' },
      { mention: 'Opposition infrastructure critic Priya Nandakumar', type: 'person' },
      { mention: 'Dunmore', type: 'person' },
      { mention: 'His office', type: 'government_body' },
      { mention: 'Keystone Asphalt', type: 'organisation' },
      { mention: "the ministry's tender summary", type: 'document' },
      { mention: "The integrity commissioner's office", type: 'government_body' },
      { mention: 'Premier Alan Fitch', type: 'person' },
      { mention: 'the provincial lobbyist registry', type: 'document' },
    ],
  },
  {
    id: 't7-court-contractor-fraud',
    style: 'court',
    relays: [{ relay: 'The Harbour Herald', origin: 'bankruptcy filings' }],
    responses: [
      { responder: 'Brent Ashworth', stance: 'denies' },
      { responder: "Ashworth's lawyer, Michael Osei|Michael Osei", stance: 'denies' },
      { responder: 'Ashworth', stance: 'declines_to_comment' },
    ],
    sources: [
      { mention: 'Crown prosecutor Angela Doucet', type: 'person' },
      { mention: 'an agreed statement of facts filed with the court', type: 'document' },
      { mention: "Ashworth's lawyer, Michael Osei|Michael Osei", type: 'person' },
      { mention: 'Janet Fraser', type: 'person' },
      { mention: 'The Harbour Herald', type: 'outlet' },
      { mention: 'bankruptcy filings', type: 'document' },
      { mention: "The Nova Scotia Home Builders' Association", type: 'organisation' },
    ],
  },
  {
    id: 't7-business-airline-refunds',
    style: 'business',
    relays: [
      { relay: 'Meridian News', origin: 'Two former call-centre supervisors' },
      { relay: 'the Financial Courier', origin: 'internal figures' },
    ],
    responses: [
      { responder: 'Skyline|chief customer officer Dana Whitlock', stance: 'denies' },
      { responder: 'chief customer officer Dana Whitlock|She', stance: 'confirms' },
      { responder: 'Aurora', stance: 'did_not_respond' },
    ],
    sources: [
      { mention: "Canada's transport regulator", type: 'government_body' },
      { mention: 'the Canadian Transportation Agency', type: 'government_body' },
      { mention: 'Skyline', type: 'organisation' },
      { mention: 'Two former call-centre supervisors', type: 'anonymous' },
      { mention: 'chief customer officer Dana Whitlock', type: 'person' },
      { mention: 'the Financial Courier', type: 'outlet' },
      { mention: 'internal figures', type: 'document' },
      { mention: 'Miriam Costa', type: 'person' },
      { mention: 'A spokesperson for Transport Minister Élise Gagnon', type: 'person' },
    ],
  },
  {
    id: 't7-health-allergy-study',
    style: 'health',
    relays: [{ relay: 'The Daily Beacon', origin: 'the study' }],
    responses: [
      { responder: 'Dr. Naomi Feld', stance: 'partially_admits' },
      { responder: 'Dr. Naomi Feld', stance: 'denies' },
      { responder: 'Lakehead Valley University', stance: 'declines_to_comment' },
    ],
    sources: [
      { mention: 'the journal that published it', type: 'outlet' },
      { mention: 'the Canadian Journal of Geriatric Medicine', type: 'outlet' },
      { mention: 'the notice', type: 'document' },
      { mention: 'The Daily Beacon', type: 'outlet' },
      { mention: 'the study', type: 'document' },
      { mention: 'Dr. Naomi Feld', type: 'person' },
      { mention: 'One of the statisticians who found the error', type: 'anonymous' },
      { mention: 'Lakehead Valley University', type: 'organisation' },
      { mention: 'Corvane Pharma', type: 'organisation' },
      { mention: 'Dr. Raj Mehta', type: 'person' },
      { mention: 'Health Canada', type: 'government_body' },
    ],
  },
  {
    id: 't7-sports-junior-hazing',
    style: 'sports',
    relays: [
      { relay: 'The Interior Times', origin: 'a complaint filed with the league' },
      { relay: 'the Times', origin: 'One of the mothers' },
      { relay: 'The Interior Times', origin: 'two people with knowledge of the investigation' },
    ],
    responses: [
      { responder: 'Head coach Darren Voss|Voss', stance: 'admits' },
      {
        responder: 'Assistant coach Kyle Brandt|Kyle Brandt|the agent, Trevor Lund',
        stance: 'denies',
      },
      { responder: 'Ridgebacks general manager Sam Okoro', stance: 'declines_to_comment' },
      { responder: 'The families of the older players', stance: 'did_not_respond' },
      { responder: 'League commissioner Rob Hadley', stance: 'confirms' },
      { responder: 'League commissioner Rob Hadley', stance: 'declines_to_comment' },
    ],
    sources: [
      { mention: 'The Pacific Junior Hockey League', type: 'organisation' },
      { mention: 'a complaint filed with the league', type: 'document' },
      { mention: 'The Interior Times', type: 'outlet' },
      { mention: 'One of the mothers', type: 'anonymous' },
      { mention: 'Head coach Darren Voss|Voss', type: 'person' },
      { mention: 'the agent, Trevor Lund|Trevor Lund', type: 'person' },
      { mention: 'Ridgebacks general manager Sam Okoro', type: 'person' },
      { mention: 'two people with knowledge of the investigation', type: 'anonymous' },
      { mention: 'League commissioner Rob Hadley', type: 'person' },
      { mention: 'Carla Jantzen', type: 'person' },
    ],
  },
  {
    id: 't7-intl-detained-engineer',
    style: 'international',
    relays: [
      { relay: 'the state news agency ESK', origin: "Eskaria's Foreign Ministry" },
      { relay: 'The Eskarian newspaper Dravik Today', origin: "a source in the prosecutor's office" },
    ],
    responses: [
      { responder: "Eskaria's Foreign Ministry", stance: 'denies' },
      { responder: 'The Eskarian Embassy in Ottawa', stance: 'did_not_respond' },
      { responder: 'Anna Reiner', stance: 'denies' },
    ],
    sources: [
      { mention: 'Global Affairs Canada', type: 'government_body' },
      { mention: 'his sister, Anna Reiner|Anna Reiner', type: 'person' },
      { mention: 'the state news agency ESK', type: 'outlet' },
      { mention: "Eskaria's Foreign Ministry", type: 'government_body' },
      { mention: 'A Canadian official familiar with the case', type: 'anonymous' },
      { mention: 'The Eskarian newspaper Dravik Today', type: 'outlet' },
      { mention: "a source in the prosecutor's office", type: 'anonymous' },
      { mention: 'Foreign Affairs Minister Caroline Ostrowski', type: 'person' },
      {
        mention: "Reiner's employer, ClearFlow Engineering|ClearFlow Engineering",
        type: 'organisation',
      },
    ],
  },
]
