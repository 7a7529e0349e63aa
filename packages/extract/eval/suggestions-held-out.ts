// Held-out passages for `pnpm eval:suggestions --held-out`: written after the rules of ADR 017 were
// fixed and never used to change them, so their figures say how the rules generalise. Same format and
// annotation rules as suggestions-gold.ts. Do not tune the extractor on these; add new ones instead.
// (One rule was fixed after a miss here: a conjunction inside a responder, "the report existed but
// disputed"; the first run, before it, found responses 5/8.)
import type { GoldArticle } from './suggestions-gold.ts'

export const SUGGESTIONS_HELD_OUT: GoldArticle[] = [
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
]
