// Suggestions annotations of tuning-7.txt: eight articles written blind for w18 (the writer read no
// rule of src/ and no held-out article) and scored before any rule was changed for them. Part of the
// news-tuning group; `pnpm eval:suggestions --group news-tuning-7` scores them alone. As in
// tuning-6, "A|B" lists the ways one party is named in apposition, an admission with a denial in one
// sentence is two responses, and a party's later quote that only restates its reply is not another
// response. A statement of a party that takes no stance ("takes these concerns seriously", "full
// confidence") is not a response.
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
]
