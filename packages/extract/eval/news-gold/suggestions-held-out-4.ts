// Suggestions annotations of held-out-4.txt: ten articles written blind for w19 (the writer read no
// rule of src/, no phrasebook entry and no other gold article than the format example) in the common
// wordings of Canadian and wire copy. Same conventions as tuning-7: "A|B" lists the ways one party
// is named; an admission with a denial in one sentence is two responses; a party's later quote that
// only restates its reply, a counter-claim ("police were called after protesters set fire to …"),
// "full confidence" and "aware of the reports" are not responses. A reply through a lawyer or a
// spokesperson lists the speaker among the party's names. Pronoun speakers are not listed as
// sources, nor a repeated surname already inside a listed mention; an unnamed group of people
// ("Investigators", "Researchers at …") is anonymous by the set's rule.
import type { NewsAnnotation } from './annotations.ts'

export const HELD_OUT_4: NewsAnnotation[] = [
  {
    id: 'h4-wire-ferry-engine-fire',
    style: 'wire',
    relays: [
      { relay: 'Canadian Wire', origin: 'two crew members' },
      { relay: 'Canadian Wire', origin: 'Minutes of that meeting' },
    ],
    responses: [
      { responder: 'Salish Coast Ferries', stance: 'confirms' },
      { responder: 'Salish Coast Ferries|company spokesperson Dana Whitfield', stance: 'denies' },
      { responder: 'Salish Coast Ferries', stance: 'did_not_respond' },
    ],
    sources: [
      { mention: 'two crew members', type: 'anonymous' },
      { mention: 'One of them', type: 'anonymous' },
      { mention: 'Salish Coast Ferries', type: 'organisation' },
      { mention: 'company spokesperson Dana Whitfield', type: 'person' },
      { mention: 'Passengers', type: 'anonymous' },
      { mention: 'Marnie Okafor', type: 'person' },
      { mention: 'The Coast Guard', type: 'government_body' },
      { mention: "Kevin Tran, president of the Coastal Marine Workers' Union|Kevin Tran", type: 'person' },
      { mention: 'Minutes of that meeting', type: 'document' },
      { mention: 'The Transportation Safety Board', type: 'government_body' },
    ],
  },
  {
    id: 'h4-invest-care-home-staffing',
    style: 'investigative',
    relays: [
      { relay: 'CBN News', origin: 'five current and former staff members' },
      { relay: 'CBN News', origin: 'Internal staffing schedules' },
    ],
    responses: [
      { responder: 'Emberly Living|the company', stance: 'denies' },
      { responder: 'Emberly', stance: 'declines_to_comment' },
      { responder: 'The Ministry of Long-Term Care', stance: 'confirms' },
      { responder: 'The Ministry of Long-Term Care', stance: 'declines_to_comment' },
    ],
    sources: [
      { mention: 'five current and former staff members', type: 'anonymous' },
      { mention: 'one personal support worker', type: 'anonymous' },
      {
        mention: 'Internal staffing schedules obtained by CBN News|Internal staffing schedules',
        type: 'document',
      },
      { mention: 'A former manager', type: 'anonymous' },
      { mention: 'A registered nurse who left Maple Crest in August|A registered nurse', type: 'anonymous' },
      { mention: 'Two family members of residents', type: 'anonymous' },
      { mention: 'Emberly Living', type: 'organisation' },
      { mention: 'the company', type: 'organisation' },
      { mention: 'The Ministry of Long-Term Care', type: 'government_body' },
      { mention: 'A public inspection report from March', type: 'document' },
      {
        mention: 'Priya Raman, who studies long-term care staffing at Lakeshore University|Priya Raman',
        type: 'person',
      },
      { mention: 'Advocates', type: 'anonymous' },
    ],
  },
  {
    id: 'h4-politics-minister-contract',
    style: 'political',
    relays: [{ relay: 'The Calgary Chronicle', origin: 'procurement documents' }],
    responses: [
      { responder: 'Arsenault|Transportation Minister Glen Arsenault', stance: 'denies' },
      { responder: "Kestrel's president, Darren Voss|Darren Voss", stance: 'did_not_respond' },
      { responder: 'The office of ethics commissioner Marguerite Lalonde', stance: 'confirms' },
      { responder: 'The office of ethics commissioner Marguerite Lalonde', stance: 'declines_to_comment' },
    ],
    sources: [
      { mention: 'Opposition transportation critic Nadia Sherwood', type: 'person' },
      { mention: 'The Calgary Chronicle', type: 'outlet' },
      { mention: 'procurement documents', type: 'document' },
      { mention: 'Arsenault', type: 'person' },
      { mention: 'The procurement documents', type: 'document' },
      { mention: 'A senior official in the department', type: 'anonymous' },
      { mention: 'A spokesperson for Premier Rachel Dumont', type: 'person' },
      { mention: 'The office of ethics commissioner Marguerite Lalonde', type: 'government_body' },
      {
        mention: 'Duncan McVeigh, a political scientist at the University of Lethbridge|Duncan McVeigh',
        type: 'person',
      },
    ],
  },
  {
    id: 'h4-court-roofing-fraud',
    style: 'court',
    relays: [],
    responses: [
      // The plea of not guilty, and the defence's account of what happened.
      { responder: 'Bradley Kowal', stance: 'denies' },
      { responder: "Kowal's lawyer, Marc Desrosiers|Marc Desrosiers", stance: 'denies' },
    ],
    sources: [
      { mention: 'Crown prosecutor Lena Fortier', type: 'person' },
      { mention: "Kowal's lawyer, Marc Desrosiers|Marc Desrosiers", type: 'person' },
      { mention: 'Sheila Gagnon', type: 'person' },
      { mention: 'Corporate records', type: 'document' },
      { mention: "Manitoba's Consumer Protection Office", type: 'government_body' },
      {
        mention:
          'A statement of claim filed by 12 homeowners in a separate civil lawsuit|A statement of claim',
        type: 'document',
      },
      { mention: 'several of the homeowners', type: 'anonymous' },
      { mention: 'Walter Hiebert', type: 'person' },
    ],
  },
  {
    id: 'h4-business-grocer-closures',
    style: 'business',
    relays: [
      { relay: 'Global Wire', origin: 'two people familiar with the matter' },
      { relay: 'The Financial Ledger', origin: 'a person with knowledge of the talks' },
    ],
    responses: [
      { responder: 'A Harvest Lane spokesperson', stance: 'declines_to_comment' },
      { responder: 'Calloway Partners', stance: 'did_not_respond' },
    ],
    sources: [
      { mention: 'two people familiar with the matter', type: 'anonymous' },
      { mention: 'The people', type: 'anonymous' },
      { mention: 'One of them', type: 'anonymous' },
      { mention: 'The Financial Ledger', type: 'outlet' },
      { mention: 'a person with knowledge of the talks', type: 'anonymous' },
      { mention: 'Its most recent quarterly filing', type: 'document' },
      {
        mention:
          'Sandra Mihailovic, president of Local 402 of the Retail and Food Workers Union|Sandra Mihailovic',
        type: 'person',
      },
      { mention: 'Brent Oduya, an analyst at Forster Capital|Brent Oduya', type: 'person' },
      { mention: 'Ashdown', type: 'person' },
      { mention: 'Statistics Canada', type: 'government_body' },
    ],
  },
  {
    id: 'h4-police-cargo-thefts',
    style: 'police',
    relays: [{ relay: 'CityNews Now', origin: 'A yard manager in Caledon' }],
    responses: [
      { responder: "Mercer's lawyer, Adam Kessler|Adam Kessler|Devon Mercer", stance: 'denies' },
      { responder: 'A lawyer for Barros', stance: 'did_not_respond' },
      { responder: "Sekhon's lawyer", stance: 'did_not_respond' },
      { responder: 'Northway Logistics', stance: 'declines_to_comment' },
    ],
    sources: [
      { mention: 'Police', type: 'government_body' },
      { mention: 'Lakeland Regional Police', type: 'government_body' },
      { mention: 'Investigators', type: 'anonymous' },
      { mention: 'Det. Sgt. Amrit Dhillon', type: 'person' },
      { mention: 'A yard manager in Caledon', type: 'anonymous' },
      { mention: 'the manager', type: 'anonymous' },
      { mention: "Mercer's lawyer, Adam Kessler|Adam Kessler", type: 'person' },
      { mention: 'the Canadian Freight Security Council', type: 'organisation' },
      { mention: 'The report', type: 'document' },
      { mention: "Julie Arsenault, the council's executive director|Julie Arsenault", type: 'person' },
    ],
  },
  {
    id: 'h4-health-melatonin-gummies',
    style: 'health',
    relays: [],
    responses: [
      { responder: 'Brightwell Naturals', stance: 'denies' },
      { responder: 'The company|Brightwell Naturals', stance: 'declines_to_comment' },
      { responder: 'Nightfall Health', stance: 'did_not_respond' },
    ],
    sources: [
      {
        mention: 'a study published Monday in the Canadian Journal of Applied Pharmacology|a study',
        type: 'document',
      },
      { mention: 'Researchers at the University of Northern Alberta', type: 'anonymous' },
      {
        mention:
          "Dr. Farah Qureshi, the study's lead author and a pharmacist at the university|Dr. Farah Qureshi",
        type: 'person',
      },
      { mention: 'The study', type: 'document' },
      { mention: 'Brightwell Naturals', type: 'organisation' },
      { mention: 'The company', type: 'organisation' },
      { mention: "Health Canada's guidance", type: 'document' },
      {
        mention:
          'Dr. Marc-André Belisle, a pediatric sleep specialist in Montreal who was not involved in the research|Dr. Marc-André Belisle',
        type: 'person',
      },
      { mention: 'A 2024 survey by the Canadian Paediatric Sleep Network', type: 'document' },
    ],
  },
  {
    id: 'h4-local-arena-closure',
    style: 'local',
    relays: [{ relay: 'the Valley Courier', origin: 'A 2024 inspection report' }],
    responses: [
      { responder: 'Chief administrative officer Ben Okonkwo|Ben Okonkwo', stance: 'denies' },
      { responder: 'Coun. Rick Fenwick', stance: 'declines_to_comment' },
      { responder: 'its former owner', stance: 'did_not_respond' },
    ],
    sources: [
      { mention: 'An engineering report presented to council', type: 'document' },
      { mention: 'Mayor Carol Whitcombe', type: 'person' },
      { mention: 'Several parents', type: 'anonymous' },
      {
        mention:
          'A 2024 inspection report, obtained by the Valley Courier through a freedom-of-information request|A 2024 inspection report',
        type: 'document',
      },
      { mention: 'Chief administrative officer Ben Okonkwo', type: 'person' },
      { mention: 'Jen Albright, president of Port Ashby Minor Hockey|Jen Albright', type: 'person' },
      { mention: 'Coun. Maria Delgado', type: 'person' },
      { mention: 'The town', type: 'government_body' },
    ],
  },
  {
    id: 'h4-intl-mine-clash',
    style: 'international',
    relays: [
      { relay: 'Local radio station Radio Tambo|Radio Tambo', origin: 'hospital staff' },
      { relay: 'Global Wire', origin: 'A Peruvian government official' },
      { relay: 'Global Wire', origin: 'Rosa Quispe, a community leader in Huaylla|Rosa Quispe' },
    ],
    responses: [
      // "acknowledged … but denied …": a partial admission and a denial, by the convention of the
      // tuning gold (suggestions-tuning-6/-7.ts); relabelled from 'admits' by the lead (see README).
      { responder: 'Vancouver-based Andes Crest Mining|Andes Crest Mining', stance: 'partially_admits' },
      { responder: 'Vancouver-based Andes Crest Mining|Andes Crest Mining', stance: 'denies' },
      { responder: 'The ministry|the Energy and Mines Ministry', stance: 'did_not_respond' },
      // "which Andes Crest has disputed": the company's standing reply to the villagers' complaints.
      { responder: 'Andes Crest', stance: 'denies' },
    ],
    sources: [
      { mention: 'a local human rights group', type: 'organisation' },
      {
        mention: 'The group, the Apurímac Rights Coordinator|the Apurímac Rights Coordinator',
        type: 'organisation',
      },
      { mention: 'Vancouver-based Andes Crest Mining', type: 'organisation' },
      { mention: 'the company', type: 'organisation' },
      { mention: 'Local radio station Radio Tambo|Radio Tambo', type: 'outlet' },
      { mention: 'hospital staff', type: 'anonymous' },
      { mention: "Peru's national police", type: 'government_body' },
      { mention: 'A Peruvian government official', type: 'anonymous' },
      { mention: 'Rosa Quispe, a community leader in Huaylla|Rosa Quispe', type: 'person' },
      { mention: 'Global Affairs Canada', type: 'government_body' },
      { mention: "the company's annual report", type: 'document' },
    ],
  },
  {
    id: 'h4-factcheck-property-tax-claim',
    style: 'fact-check',
    relays: [{ relay: 'The Ridgeview Record', origin: 'provincial assessment data' }],
    responses: [
      // "acknowledged … but said …": the admission and the denial half are two responses.
      // "acknowledged … but said …": partially admits (relabelled, as above).
      {
        responder: "A spokesperson for Lam's campaign, Tessa Moreau|Tessa Moreau",
        stance: 'partially_admits',
      },
      { responder: "A spokesperson for Lam's campaign, Tessa Moreau|Tessa Moreau", stance: 'denies' },
      { responder: 'Lam', stance: 'did_not_respond' },
    ],
    sources: [
      { mention: 'Ridgeview mayoral candidate Derek Lam', type: 'person' },
      { mention: "The city's budget documents", type: 'document' },
      { mention: "Ridgeview's treasurer, Olga Petrenko|Olga Petrenko", type: 'person' },
      { mention: "an analysis by the Ridgeview Taxpayers' Coalition", type: 'document' },
      { mention: "A spokesperson for Lam's campaign, Tessa Moreau|Tessa Moreau", type: 'person' },
      { mention: 'The Ridgeview Record', type: 'outlet' },
      { mention: 'provincial assessment data', type: 'document' },
      {
        mention: 'Tom Aldridge, a municipal finance researcher at Carleton Lakes University|Tom Aldridge',
        type: 'person',
      },
    ],
  },
]
