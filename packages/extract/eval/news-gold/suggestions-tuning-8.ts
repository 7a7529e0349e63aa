// Suggestions annotations of news-gold/tuning-8.txt and tuning-9.txt: until session 11 these were
// the held-out group (held-out-1.txt, held-out-2.txt). Their misses were read to fix the rules of
// EXTRACTOR_VERSION 2026.12-7, so they are tuning articles now; held-out-3.txt (written blind by
// another author, w18) is the held-out group.
import type { NewsAnnotation } from './annotations.ts'

export const TUNING_8: NewsAnnotation[] = [
  {
    id: 'h-wire-mine-collapse',
    style: 'wire',
    relays: [
      { relay: 'Andes Press', origin: 'a ministry official who asked not to be named' },
      { relay: 'The regional newspaper El Sur', origin: 'a union leader' },
    ],
    responses: [
      { responder: 'Cordillera', stance: 'denies' },
      { responder: "Martin Keller|Cordillera's chief executive", stance: 'did_not_respond' },
    ],
    sources: [
      { mention: "the country's mining ministry", type: 'government_body' },
      { mention: 'a ministry official who asked not to be named', type: 'anonymous' },
      { mention: "Cordillera Copper|The mine's operator", type: 'organisation' },
      { mention: 'The regional newspaper El Sur', type: 'outlet' },
      { mention: 'a union leader', type: 'anonymous' },
      { mention: 'Lucía Quispe', type: 'person' },
      { mention: 'A U.S. mining engineer who has consulted for the company', type: 'anonymous' },
      { mention: 'figures from the national mining safety agency', type: 'document' },
      { mention: "Peru's president", type: 'person' },
      { mention: "Canada's embassy in Lima", type: 'government_body' },
    ],
  },
  {
    id: 'h-invest-hospital',
    style: 'investigative',
    relays: [
      { relay: 'the Star-Phoenix', origin: 'A 2022 internal review' },
      { relay: 'the newspaper', origin: "the manufacturer's own recall notice" },
    ],
    responses: [
      { responder: "Dr. Alan Fitzgerald|The hospital's chief medical officer", stance: 'denies' },
      { responder: 'OrthoLine|The manufacturer', stance: 'declines_to_comment' },
      { responder: "Saskatchewan's health minister", stance: 'did_not_respond' },
    ],
    sources: [
      { mention: 'Three physicians with direct knowledge of the cases', type: 'anonymous' },
      { mention: 'A 2022 internal review', type: 'document' },
      { mention: "Minutes of the hospital board's quality committee", type: 'document' },
      { mention: "A person briefed on the hospital's response", type: 'anonymous' },
      { mention: 'The Saskatchewan Health Authority', type: 'government_body' },
      { mention: "Dr. Alan Fitzgerald|The hospital's chief medical officer", type: 'person' },
      { mention: "the manufacturer's own recall notice", type: 'document' },
      { mention: 'Lawyer Kathleen Ng', type: 'person' },
    ],
  },
  {
    id: 'h-politics-mayor',
    style: 'political',
    relays: [
      { relay: 'The Brampton Observer', origin: 'two people familiar with the arrangement' },
      { relay: 'the Observer', origin: "A former staff member in the mayor's office" },
    ],
    responses: [
      { responder: 'Leblanc', stance: 'denies' },
      { responder: 'Northgate Homes|The developer', stance: 'declines_to_comment' },
      { responder: 'Richard Amaro', stance: 'declines_to_comment' },
      { responder: "Sean Doyle|Leblanc's lawyer", stance: 'denies' },
    ],
    sources: [
      { mention: 'The Brampton Observer', type: 'outlet' },
      { mention: 'two people familiar with the arrangement', type: 'anonymous' },
      { mention: "A former staff member in the mayor's office", type: 'anonymous' },
      { mention: 'Councillor Priya Sandhu', type: 'person' },
      { mention: "The city's real estate division", type: 'government_body' },
      { mention: 'a staff report to council dated March 4', type: 'document' },
      { mention: "Sean Doyle|Leblanc's lawyer", type: 'person' },
      { mention: 'Leblanc', type: 'person' },
    ],
  },
  {
    id: 'h-court-appeal',
    style: 'court',
    relays: [],
    responses: [
      { responder: 'The Ministry of the Attorney General', stance: 'declines_to_comment' },
      { responder: 'Peel Regional Police', stance: 'denies' },
      { responder: 'Det. Mark Hollis|The officer who led the interview', stance: 'did_not_respond' },
    ],
    sources: [
      { mention: 'Justice Miriam Adeyemi', type: 'person' },
      { mention: 'The court', type: 'government_body' },
      { mention: "Frances Kim|Osei's lawyer", type: 'person' },
      { mention: 'The Crown', type: 'government_body' },
      { mention: 'The Ministry of the Attorney General', type: 'government_body' },
      { mention: 'court documents', type: 'document' },
      { mention: 'Peel Regional Police', type: 'government_body' },
    ],
  },
  {
    id: 'h-business-airline',
    style: 'business',
    relays: [],
    responses: [{ responder: 'The company', stance: 'declines_to_comment' }],
    sources: [
      { mention: 'the carrier', type: 'organisation' },
      { mention: 'Chief executive Lise Gauthier', type: 'person' },
      { mention: "The pilots' union", type: 'organisation' },
      { mention: 'union chair Daniel Beaulieu', type: 'person' },
      { mention: 'its quarterly filing', type: 'document' },
      { mention: 'A senior executive at a rival carrier', type: 'anonymous' },
      { mention: 'The Canadian Transportation Agency', type: 'government_body' },
      { mention: 'passenger advocate Irene Kowal', type: 'person' },
      { mention: 'Thunder Bay airport chief Ron Tessier', type: 'person' },
    ],
  },
  {
    id: 'h-opinion-housing',
    style: 'opinion',
    relays: [],
    responses: [],
    sources: [
      { mention: "The province's own financial accountability office", type: 'government_body' },
      { mention: 'the Canada Mortgage and Housing Corporation', type: 'government_body' },
      { mention: 'Housing Minister Greg Holt', type: 'person' },
      { mention: 'Waterloo Mayor Ana Petrović', type: 'person' },
      { mention: 'A 2023 review by the provincial auditor', type: 'document' },
      { mention: 'The ministry', type: 'government_body' },
    ],
  },
  {
    id: 'h-science-glacier',
    style: 'science',
    relays: [],
    responses: [],
    sources: [
      { mention: 'a study published Thursday in the journal Nature Geoscience', type: 'document' },
      { mention: 'glaciologist Dr. Ewa Nowak', type: 'person' },
      { mention: 'Fisheries and Oceans Canada', type: 'government_body' },
      { mention: 'Environment and Climate Change Canada', type: 'government_body' },
      { mention: 'Dr. Rafael Ortega', type: 'person' },
      { mention: 'BC Hydro', type: 'organisation' },
    ],
  },
  {
    id: 'h-local-school-closure',
    style: 'local',
    relays: [{ relay: 'The Chronicle Herald', origin: 'a board employee' }],
    responses: [
      { responder: 'Board chair Sandra Whitman', stance: 'denies' },
      { responder: "the province's education department", stance: 'declines_to_comment' },
      { responder: "the teachers' union", stance: 'declines_to_comment' },
    ],
    sources: [
      { mention: 'the school board', type: 'government_body' },
      { mention: 'Jennifer MacLeod', type: 'person' },
      { mention: 'The Chronicle Herald', type: 'outlet' },
      { mention: 'a board employee', type: 'anonymous' },
      { mention: 'Board chair Sandra Whitman', type: 'person' },
      { mention: 'a facilities assessment completed last year', type: 'document' },
      { mention: 'Two teachers at the school', type: 'anonymous' },
      { mention: 'Local MLA Ben Kaplan', type: 'person' },
    ],
  },
]
