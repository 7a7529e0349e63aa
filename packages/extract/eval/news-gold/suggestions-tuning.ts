// Suggestions annotations of the tuning group of news-gold/ (texts in tuning-*.txt). Rules may be
// fixed on the misses seen here; see annotations.ts.
import { type NewsAnnotation, withTexts } from './annotations.ts'
import { TUNING_6 } from './suggestions-tuning-6.ts'
import { TUNING_7 } from './suggestions-tuning-7.ts'
import { TUNING_8 } from './suggestions-tuning-8.ts'
import { TUNING_10 } from './suggestions-tuning-10.ts'
import { TUNING_11 } from './suggestions-tuning-11.ts'

const TUNING: NewsAnnotation[] = [
  {
    id: 't-wire-ceasefire',
    style: 'wire',
    relays: [
      { relay: 'Northern Wire', origin: 'one of the diplomats' },
      { relay: 'Northern Wire', origin: 'a draft of the agreement' },
    ],
    responses: [
      { responder: 'Coalition spokesman Karim Salloum', stance: 'denies' },
      { responder: 'The government', stance: 'did_not_respond' },
      { responder: 'the coalition', stance: 'denies' },
    ],
    sources: [
      { mention: 'two diplomats briefed on the talks', type: 'anonymous' },
      { mention: 'one of the diplomats', type: 'anonymous' },
      { mention: 'U.N. special envoy Maria Lindqvist', type: 'person' },
      { mention: 'a draft of the agreement', type: 'document' },
      { mention: 'Coalition spokesman Karim Salloum', type: 'person' },
      { mention: 'A senior Western official', type: 'anonymous' },
      { mention: 'the Norwegian Refugee Council', type: 'organisation' },
      { mention: 'regional director Ana Ortiz', type: 'person' },
      { mention: 'the official Harran News Agency', type: 'outlet' },
      { mention: 'a U.K. defence official', type: 'anonymous' },
    ],
  },
  {
    id: 't-invest-care-homes',
    style: 'investigative',
    relays: [{ relay: 'the Ledger', origin: 'Two nurses familiar with the charting system' }],
    responses: [
      { responder: 'Evergreen', stance: 'denies' },
      { responder: 'The company', stance: 'declines_to_comment' },
      { responder: "Paul Hargreaves|Evergreen's chief executive", stance: 'did_not_respond' },
      { responder: 'The ministry', stance: 'declines_to_comment' },
    ],
    sources: [
      {
        mention: 'A personal support worker who has been at one of the homes for 11 years',
        type: 'anonymous',
      },
      { mention: 'Two nurses familiar with the charting system', type: 'anonymous' },
      { mention: 'A 2021 inspection by the provincial ministry of long-term care', type: 'document' },
      { mention: 'The ministry', type: 'government_body' },
      { mention: "Evergreen's annual report for 2023", type: 'document' },
      { mention: 'Evergreen', type: 'organisation' },
      { mention: "Ontario's patient ombudsman", type: 'person' },
      { mention: 'Samira Haddad', type: 'person' },
    ],
  },
  {
    id: 't-politics-minister-denial',
    style: 'political',
    relays: [
      {
        relay: 'The Capital Times|The newspaper',
        origin: 'three officials with direct knowledge of the file',
      },
    ],
    responses: [
      { responder: 'Okafor', stance: 'denies' },
      { responder: "Elena Morris|Okafor's chief of staff", stance: 'denies' },
      { responder: 'CSIS', stance: 'declines_to_comment' },
      { responder: 'Victor Lam|The donor', stance: 'did_not_respond' },
    ],
    sources: [
      { mention: 'The Capital Times', type: 'outlet' },
      { mention: 'Okafor', type: 'person' },
      { mention: 'three officials with direct knowledge of the file', type: 'anonymous' },
      { mention: 'Conservative public safety critic Laura Beck', type: 'person' },
      { mention: "The Prime Minister's Office", type: 'government_body' },
      { mention: 'a spokesperson', type: 'person' },
      { mention: 'documents filed with the Federal Court', type: 'document' },
      { mention: 'NDP MP Rachel Blanchard', type: 'person' },
    ],
  },
  {
    id: 't-court-fraud-trial',
    style: 'court',
    relays: [],
    responses: [
      { responder: 'Both directors', stance: 'declines_to_comment' },
      { responder: 'The credit union', stance: 'declines_to_comment' },
      // added in r18: the plea answers the charge (missed when the article was first annotated)
      { responder: 'Dubois', stance: 'denies' },
    ],
    sources: [
      { mention: 'Marlene Dubois', type: 'person' },
      { mention: 'Crown prosecutor Adam Reid', type: 'person' },
      { mention: 'court filings', type: 'document' },
      { mention: 'Defence lawyer Nadia Rahimi', type: 'person' },
      { mention: 'The credit union', type: 'organisation' },
      { mention: 'Gerald Pruden', type: 'person' },
    ],
  },
  {
    id: 't-business-layoffs',
    style: 'business',
    relays: [{ relay: 'the Calgary Examiner', origin: "two people familiar with the company's plans" }],
    responses: [{ responder: 'a company spokesperson|Prairie', stance: 'declines_to_comment' }],
    sources: [
      { mention: 'the company', type: 'organisation' },
      { mention: 'Chief executive Monica Fraser', type: 'person' },
      { mention: "two people familiar with the company's plans", type: 'anonymous' },
      { mention: 'a company spokesperson', type: 'person' },
      { mention: 'Unifor', type: 'organisation' },
      { mention: "Tom Sandhu|Alberta's energy minister", type: 'person' },
      { mention: 'its quarterly report', type: 'document' },
      { mention: 'Analyst Priya Natarajan of Westbridge Securities', type: 'person' },
    ],
  },
  {
    id: 't-opinion-transit',
    style: 'opinion',
    relays: [],
    responses: [],
    sources: [
      { mention: 'The mayor', type: 'person' },
      { mention: 'Its 2024 capital report', type: 'document' },
      { mention: 'a spokesperson', type: 'person' },
      { mention: "the transit agency's own ridership data", type: 'document' },
      { mention: "The Riders' Union", type: 'organisation' },
      { mention: "Riders' Union co-chair Alicia Brown", type: 'person' },
      { mention: 'A 2019 audit of the transit agency', type: 'document' },
    ],
  },
  {
    id: 't-local-water-main',
    style: 'local',
    relays: [{ relay: 'the Spectator', origin: 'city maintenance records' }],
    responses: [{ responder: 'The city', stance: 'declines_to_comment' }],
    sources: [
      { mention: 'Rosa Mendes', type: 'person' },
      { mention: 'City crews', type: 'government_body' },
      { mention: "Kevin Tran|The city's director of water operations", type: 'person' },
      { mention: 'city maintenance records', type: 'document' },
      { mention: 'Ward 1 Councillor Maureen Wilson', type: 'person' },
      { mention: 'The city', type: 'government_body' },
      { mention: 'Retired teacher Bill Koenig', type: 'person' },
      { mention: 'A city spokesperson', type: 'person' },
    ],
  },
  {
    id: 't-health-sleep-study',
    style: 'health',
    relays: [],
    responses: [{ responder: 'Health Canada', stance: 'did_not_respond' }],
    sources: [
      {
        mention: 'a study published Wednesday in the Canadian Medical Association Journal',
        type: 'document',
      },
      { mention: 'lead author Dr. Farah Siddiqui', type: 'person' },
      { mention: 'Dr. Martin Cole', type: 'person' },
      { mention: 'Statistics Canada', type: 'government_body' },
      { mention: "nurses' union president Carla Mendez", type: 'person' },
      { mention: 'The Heart and Stroke Foundation', type: 'organisation' },
    ],
  },
  {
    id: 't-wire-port-seizure',
    style: 'wire',
    relays: [
      { relay: 'La Presse', origin: 'a police source' },
      { relay: 'the newspaper|La Presse', origin: 'A source' },
      { relay: 'the Gazette', origin: 'Two officers familiar with the operation' },
      { relay: 'Radio-Canada', origin: "Geneviève Roy|Quebec's public security minister" },
    ],
    responses: [
      { responder: 'The RCMP', stance: 'confirms' },
      { responder: 'The RCMP', stance: 'declines_to_comment' },
      { responder: 'the shipping company', stance: 'declines_to_comment' },
      { responder: "the longshore workers' union", stance: 'declines_to_comment' },
      // added in r18: the agency answers the union's staffing claim (missed when first annotated)
      { responder: 'The Canada Border Services Agency', stance: 'denies' },
    ],
    sources: [
      { mention: 'La Presse', type: 'outlet' },
      { mention: 'a police source', type: 'anonymous' },
      { mention: 'The RCMP', type: 'government_body' },
      { mention: 'A source', type: 'anonymous' },
      { mention: 'Two officers familiar with the operation', type: 'anonymous' },
      { mention: 'The Montreal Port Authority', type: 'government_body' },
      { mention: "Geneviève Roy|Quebec's public security minister", type: 'person' },
      { mention: 'a 2020 report by the auditor general', type: 'document' },
      { mention: 'Customs union president Mark Weber', type: 'person' },
      { mention: 'The Canada Border Services Agency', type: 'government_body' },
    ],
  },
  {
    id: 't-politics-contract',
    style: 'political',
    relays: [],
    responses: [
      { responder: 'Cascadia Data Systems|The firm', stance: 'denies' },
      { responder: "Citizens' Services Minister Harjit Gill", stance: 'denies' },
      { responder: "the premier's office", stance: 'declines_to_comment' },
      { responder: "the party's executive director", stance: 'declines_to_comment' },
      { responder: "Owen Price|Cascadia's chief executive", stance: 'denies' },
    ],
    sources: [
      { mention: 'records released under freedom-of-information law', type: 'document' },
      { mention: 'Cascadia Data Systems|The firm', type: 'organisation' },
      { mention: "Citizens' Services Minister Harjit Gill", type: 'person' },
      { mention: 'Opposition critic Nora Baptiste', type: 'person' },
      { mention: 'The procurement agency', type: 'government_body' },
      { mention: 'an analysis by the Island Record', type: 'document' },
      { mention: "The province's conflict-of-interest commissioner", type: 'person' },
      { mention: "Owen Price|Cascadia's chief executive", type: 'person' },
      { mention: "The auditor general's office", type: 'government_body' },
    ],
  },
  {
    id: 't-wire-election',
    style: 'wire',
    relays: [
      { relay: 'The Daily Nation', origin: 'two commission officials' },
      { relay: 'Pan-African Press', origin: 'witnesses' },
    ],
    responses: [
      { responder: 'The commission', stance: 'denies' },
      { responder: "Peter Mwangi|The commission's chairman", stance: 'denies' },
      { responder: "The president's office", stance: 'did_not_respond' },
    ],
    sources: [
      { mention: 'his spokesman', type: 'person' },
      { mention: 'Otieno', type: 'person' },
      { mention: 'The commission', type: 'government_body' },
      { mention: 'The Daily Nation', type: 'outlet' },
      { mention: 'two commission officials', type: 'anonymous' },
      { mention: "Peter Mwangi|The commission's chairman", type: 'person' },
      { mention: 'witnesses', type: 'anonymous' },
      { mention: 'A police spokesman', type: 'person' },
      { mention: 'The rights group Haki Watch', type: 'organisation' },
    ],
  },
  {
    id: 't-business-grocery-margins',
    style: 'business',
    relays: [{ relay: 'the Financial Ledger', origin: 'Two executives at rival chains' }],
    responses: [
      { responder: 'Northway Foods', stance: 'denies' },
      { responder: 'Metro Fresh', stance: 'denies' },
      { responder: 'Harvest Market|The third chain', stance: 'declines_to_comment' },
    ],
    sources: [
      { mention: 'a report released Monday by researchers at Dalhousie University', type: 'document' },
      { mention: 'Northway Foods', type: 'organisation' },
      { mention: 'Its annual report', type: 'document' },
      { mention: 'Metro Fresh', type: 'organisation' },
      { mention: 'The Retail Council of Canada', type: 'organisation' },
      { mention: 'lead researcher Dr. Nadia Farouk', type: 'person' },
      { mention: 'Federal Industry Minister Claire Dubé', type: 'person' },
      { mention: 'Two executives at rival chains', type: 'anonymous' },
      { mention: 'Statistics Canada', type: 'government_body' },
    ],
  },
  {
    id: 't-politics-expenses',
    style: 'political',
    relays: [
      { relay: 'Le Soleil', origin: 'expense records' },
      { relay: 'Le Soleil', origin: 'Two employees of the administration' },
    ],
    responses: [
      { responder: 'MNA Julie Tremblay|she', stance: 'admits' },
      { responder: 'Marc-André Gagnon|The second member', stance: 'denies' },
      { responder: 'His office', stance: 'denies' },
      { responder: "The National Assembly's administration", stance: 'declines_to_comment' },
      { responder: "The premier's office", stance: 'did_not_respond' },
    ],
    sources: [
      { mention: 'expense records', type: 'document' },
      { mention: 'MNA Julie Tremblay', type: 'person' },
      { mention: 'His office', type: 'government_body' },
      { mention: 'A spokesperson', type: 'person' },
      { mention: 'Two employees of the administration', type: 'anonymous' },
      { mention: 'Paul Giroux', type: 'person' },
      { mention: "the Assembly's own guide for members", type: 'document' },
      { mention: 'Gagnon', type: 'person' },
    ],
  },
  {
    id: 't-court-lawsuit',
    style: 'court',
    relays: [{ relay: 'the Star', origin: 'Three former engineers at the company' }],
    responses: [
      { responder: 'Northwave Health|The company', stance: 'denies' },
      { responder: 'chief executive Daniel Ho', stance: 'denies' },
      { responder: 'Health Canada', stance: 'declines_to_comment' },
      { responder: 'The company', stance: 'denies' },
      { responder: "The company's lawyer", stance: 'did_not_respond' },
    ],
    sources: [
      { mention: 'the statement of claim filed in Ontario Superior Court', type: 'document' },
      { mention: 'Northwave Health|The company', type: 'organisation' },
      { mention: 'chief executive Daniel Ho', type: 'person' },
      { mention: "Amira Saleh|The plaintiff's lawyer", type: 'person' },
      { mention: 'The department', type: 'government_body' },
      { mention: 'Three former engineers at the company', type: 'anonymous' },
      { mention: 'its most recent annual report', type: 'document' },
      { mention: 'An analyst who follows the company', type: 'anonymous' },
    ],
  },
]

export const NEWS_TUNING = withTexts('tuning.jsonl', [
  ...TUNING,
  ...TUNING_6,
  ...TUNING_7,
  ...TUNING_8,
  ...TUNING_10,
  ...TUNING_11,
])
const ids6 = new Set(TUNING_6.map((a) => a.id))
/** The eight articles of tuning-6.txt alone (r18), also part of NEWS_TUNING. */
export const NEWS_TUNING_6 = NEWS_TUNING.filter((a) => ids6.has(a.id))
const ids7 = new Set(TUNING_7.map((a) => a.id))
/** The eight articles of tuning-7.txt alone (w18, written blind), also part of NEWS_TUNING. */
export const NEWS_TUNING_7 = NEWS_TUNING.filter((a) => ids7.has(a.id))
const ids8 = new Set(TUNING_8.map((a) => a.id))
/** The eight former held-out articles (tuning-8.txt, tuning-9.txt), read to fix 2026.12-7. */
export const NEWS_TUNING_8 = NEWS_TUNING.filter((a) => ids8.has(a.id))
const ids10 = new Set(TUNING_10.map((a) => a.id))
/** The eight articles of tuning-10.txt (w18, blind; held-out-3 until session 12). */
export const NEWS_TUNING_10 = NEWS_TUNING.filter((a) => ids10.has(a.id))
const ids11 = new Set(TUNING_11.map((a) => a.id))
/** The twelve articles of tuning-11.txt (w20, written blind as a tuning set). */
export const NEWS_TUNING_11 = NEWS_TUNING.filter((a) => ids11.has(a.id))
