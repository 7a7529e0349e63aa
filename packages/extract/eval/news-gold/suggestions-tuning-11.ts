// Suggestions annotations of tuning-11.txt: twelve articles written blind for w20 (the writer read no
// rule of src/, no phrasebook snippet, no other gold article and no per-article output) and scored
// once, in aggregate, before any rule changed for them. Part of the news-tuning group;
// `pnpm eval:suggestions --group news-tuning-11` scores them alone. Conventions of tuning-7: "A|B"
// lists the ways one party is named; "acknowledged X but said Y" is a partial admission and a denial
// (two entries); a party's later quote that restates its reply is not another response; a reply
// through a lawyer or a spokesperson is the party's. A regulator's or police force's refusal to say
// what it is doing ("does not comment on whether a transaction is under review", "would not confirm
// the search") is annotated as its refusal, as tuning-7 annotates Transport Canada's. Sources are the
// quotes' speakers (not pronouns) and the documents and outlets that relay them.
import type { NewsAnnotation } from './annotations.ts'

export const TUNING_11: NewsAnnotation[] = [
  {
    id: 't11-wire-wildfire-evacuation',
    style: 'wire',
    relays: [{ relay: 'Thompson Valley News', origin: 'two regional district employees' }],
    responses: [
      { responder: 'The regional district', stance: 'denies' },
      { responder: 'Prairie Pacific Railway', stance: 'did_not_respond' },
    ],
    sources: [
      { mention: 'the BC Wildfire Service', type: 'government_body' },
      { mention: 'fire information officer Dana Whitfield', type: 'person' },
      { mention: 'The Thompson-Nicola Regional District', type: 'government_body' },
      { mention: 'Some residents', type: 'anonymous' },
      { mention: 'Arlene Kozak', type: 'person' },
      { mention: 'Thompson Valley News', type: 'outlet' },
      { mention: 'two regional district employees', type: 'anonymous' },
      { mention: 'The regional district', type: 'government_body' },
      { mention: 'Several residents', type: 'anonymous' },
      { mention: 'the wildfire service', type: 'government_body' },
      { mention: 'Environment Canada', type: 'government_body' },
      { mention: 'The Canadian Red Cross', type: 'organisation' },
      { mention: 'Premier Mark Holloway', type: 'person' },
      { mention: 'the service', type: 'government_body' },
    ],
  },
  {
    id: 't11-invest-daycare-staffing',
    style: 'investigative',
    relays: [
      { relay: 'the Red River Record', origin: 'inspection reports' },
      { relay: 'the Record', origin: 'Four current and former employees' },
    ],
    responses: [
      { responder: 'Little Maples chief executive Corinne Baptiste|Baptiste', stance: 'denies' },
      { responder: 'The company|Little Maples', stance: 'partially_admits' },
      { responder: 'The company|Little Maples', stance: 'denies' },
      {
        responder: 'A spokesperson for the Department of Families|the Department of Families',
        stance: 'declines_to_comment',
      },
    ],
    sources: [
      { mention: 'inspection reports obtained by the Red River Record', type: 'document' },
      { mention: 'Four current and former employees', type: 'anonymous' },
      { mention: 'one former early childhood educator', type: 'anonymous' },
      { mention: 'A second employee', type: 'anonymous' },
      { mention: 'Little Maples chief executive Corinne Baptiste', type: 'person' },
      { mention: 'Baptiste', type: 'person' },
      { mention: 'The company', type: 'organisation' },
      { mention: 'The reports', type: 'document' },
      { mention: 'A spokesperson for the Department of Families', type: 'person' },
      { mention: "The department's own guidelines", type: 'document' },
      { mention: 'Opposition families critic Jas Dhaliwal', type: 'person' },
      { mention: 'The office of Families Minister Tom Arsenault', type: 'government_body' },
      { mention: 'its most recent annual filing', type: 'document' },
    ],
  },
  {
    id: 't11-politics-lobbying-meetings',
    style: 'political',
    relays: [
      { relay: 'The National Ledger', origin: 'calendar entries' },
      { relay: 'The National Ledger', origin: 'two people with knowledge of the meetings' },
    ],
    responses: [
      { responder: 'Federal Housing Minister Priya Raman|Raman', stance: 'denies' },
      { responder: 'Halcyon Developments', stance: 'denies' },
      {
        responder: 'The office of the Conflict of Interest and Ethics Commissioner',
        stance: 'declines_to_comment',
      },
      { responder: "The Prime Minister's Office", stance: 'did_not_respond' },
    ],
    sources: [
      { mention: 'Federal Housing Minister Priya Raman', type: 'person' },
      { mention: 'The National Ledger', type: 'outlet' },
      { mention: 'calendar entries', type: 'document' },
      { mention: 'two people with knowledge of the meetings', type: 'anonymous' },
      { mention: 'Raman', type: 'person' },
      { mention: 'The federal lobbying registry', type: 'document' },
      { mention: 'Halcyon Developments', type: 'organisation' },
      { mention: 'Conservative housing critic Ben Whitaker', type: 'person' },
      {
        mention: 'The office of the Conflict of Interest and Ethics Commissioner',
        type: 'government_body',
      },
      { mention: "the Crown corporation's public list of funded projects", type: 'document' },
      { mention: 'A senior government official', type: 'anonymous' },
      { mention: "Raman's office", type: 'government_body' },
    ],
  },
  {
    id: 't11-court-roofing-fraud',
    style: 'court',
    relays: [],
    responses: [
      // the plea answers the charge
      { responder: 'Whitby', stance: 'denies' },
      { responder: 'Defence lawyer Peter Nakamura', stance: 'denies' },
      { responder: 'Nakamura', stance: 'declines_to_comment' },
    ],
    sources: [
      { mention: 'Court documents', type: 'document' },
      { mention: 'Crown prosecutor Lisa Maloney', type: 'person' },
      { mention: 'Defence lawyer Peter Nakamura', type: 'person' },
      { mention: 'Kerr', type: 'person' },
      { mention: 'court records', type: 'document' },
      { mention: 'Nakamura', type: 'person' },
      { mention: 'Marion Blackwood', type: 'person' },
      { mention: 'Service Nova Scotia', type: 'government_body' },
      { mention: "A report by the province's auditor general", type: 'document' },
      { mention: 'The department', type: 'government_body' },
    ],
  },
  {
    id: 't11-business-airline-merger',
    style: 'business',
    relays: [{ relay: 'The Financial Courier', origin: "a person close to Pacific Coastal's board" }],
    responses: [
      { responder: 'Northern Skies', stance: 'declines_to_comment' },
      { responder: 'Pacific Coastal', stance: 'did_not_respond' },
      { responder: 'The bureau|the Competition Bureau', stance: 'declines_to_comment' },
    ],
    sources: [
      { mention: 'three people familiar with the matter', type: 'anonymous' },
      { mention: 'two of the people', type: 'anonymous' },
      { mention: 'Northern Skies', type: 'organisation' },
      { mention: 'The Financial Courier', type: 'outlet' },
      { mention: "a person close to Pacific Coastal's board", type: 'anonymous' },
      { mention: 'The bureau', type: 'government_body' },
      { mention: 'Analyst Rachel Okonjo of Beacon Capital Markets', type: 'person' },
      { mention: 'Consumer advocates', type: 'anonymous' },
      { mention: 'A 2023 study by researchers at the University of Calgary', type: 'document' },
      {
        mention: "Marta Kovacs, president of the advocacy group Flyers' Rights Canada|Marta Kovacs",
        type: 'person',
      },
      { mention: "The Airline Workers' Union", type: 'organisation' },
    ],
  },
  {
    id: 't11-police-catalytic-thefts',
    style: 'police',
    relays: [
      { relay: 'Lower Mainland Today', origin: 'a source close to the investigation' },
      {
        relay: 'the station|Lower Mainland Today',
        origin: 'The owner of the yard, Fraser Metals|Fraser Metals',
      },
    ],
    responses: [
      { responder: "Vieira's lawyer, Sunita Malhotra|Vieira", stance: 'denies' },
      { responder: 'Lawyers for the other two men', stance: 'did_not_respond' },
      { responder: 'The owner of the yard, Fraser Metals|Fraser Metals', stance: 'denies' },
      { responder: 'Police', stance: 'declines_to_comment' },
    ],
    sources: [
      { mention: 'the RCMP', type: 'government_body' },
      { mention: 'Surrey RCMP', type: 'government_body' },
      { mention: 'police', type: 'government_body' },
      { mention: 'Cpl. Harjit Sandhu', type: 'person' },
      { mention: "Vieira's lawyer, Sunita Malhotra|Sunita Malhotra", type: 'person' },
      { mention: 'Court records', type: 'document' },
      { mention: 'Police', type: 'government_body' },
      { mention: 'Lower Mainland Today', type: 'outlet' },
      { mention: 'a source close to the investigation', type: 'anonymous' },
      { mention: 'The owner of the yard, Fraser Metals|Fraser Metals', type: 'organisation' },
      { mention: 'The Insurance Bureau of Canada', type: 'organisation' },
      { mention: 'Mechanic Dale Friesen', type: 'person' },
    ],
  },
  {
    id: 't11-health-antibiotic-shortage',
    style: 'health',
    relays: [
      {
        relay: 'Canadian Wire',
        origin: 'An internal memo sent to hospital pharmacies in Ontario last week',
      },
    ],
    responses: [
      { responder: 'Meridian|Meridian Generics', stance: 'partially_admits' },
      { responder: 'Meridian|Meridian Generics', stance: 'denies' },
      {
        responder: 'A spokesperson for Health Minister Marc Poirier|Health Minister Marc Poirier',
        stance: 'declines_to_comment',
      },
    ],
    sources: [
      { mention: "pharmacists' groups", type: 'anonymous' },
      { mention: 'Health Canada', type: 'government_body' },
      { mention: 'The department', type: 'government_body' },
      { mention: 'The Canadian Pharmacists Association', type: 'organisation' },
      { mention: 'Nadia Benali', type: 'person' },
      {
        mention: 'An internal memo sent to hospital pharmacies in Ontario last week',
        type: 'document',
      },
      { mention: 'Meridian', type: 'organisation' },
      { mention: 'the company', type: 'organisation' },
      {
        mention:
          "Dr. Eleanor Chu, a pediatric infectious diseases specialist at McMaster Children's Hospital|Dr. Eleanor Chu",
        type: 'person',
      },
      { mention: 'A study published last year in the journal Pediatrics', type: 'document' },
      { mention: 'the authors', type: 'anonymous' },
      {
        mention: 'The federal NDP health critic, Sarah Lindqvist|Sarah Lindqvist',
        type: 'person',
      },
      { mention: 'A spokesperson for Health Minister Marc Poirier', type: 'person' },
    ],
  },
  {
    id: 't11-local-rink-closure',
    style: 'local',
    relays: [{ relay: 'The Royal City Record', origin: 'internal emails' }],
    responses: [
      {
        responder: "Hartley|Colleen Hartley, the city's general manager of recreation",
        stance: 'partially_admits',
      },
      {
        responder: "Hartley|Colleen Hartley, the city's general manager of recreation",
        stance: 'denies',
      },
      { responder: 'Mayor Dan Kowalski', stance: 'denies' },
    ],
    sources: [
      { mention: 'City staff', type: 'government_body' },
      {
        mention: "Colleen Hartley, the city's general manager of recreation|Colleen Hartley",
        type: 'person',
      },
      { mention: 'Several parents', type: 'anonymous' },
      { mention: 'A 2021 building condition assessment', type: 'document' },
      { mention: 'The Royal City Record', type: 'outlet' },
      { mention: 'internal emails', type: 'document' },
      { mention: 'Hartley', type: 'person' },
      { mention: 'Mayor Dan Kowalski', type: 'person' },
      {
        mention: 'Greg Moffat, president of the Guelph Minor Hockey Association|Greg Moffat',
        type: 'person',
      },
      { mention: 'The city', type: 'government_body' },
      { mention: 'Staff', type: 'government_body' },
    ],
  },
  {
    id: 't11-intl-port-strike',
    style: 'international',
    relays: [
      { relay: 'Diário Económico', origin: 'an internal company presentation' },
      { relay: 'Northern Wire', origin: 'Two senior port officials' },
    ],
    responses: [
      { responder: 'Atlântica Terminais|The company', stance: 'denies' },
      { responder: 'Atlântica', stance: 'did_not_respond' },
      { responder: 'A spokesperson for the ministry', stance: 'denies' },
    ],
    sources: [
      { mention: 'union officials', type: 'anonymous' },
      { mention: "the National Dockworkers' Union", type: 'organisation' },
      { mention: 'Port operators', type: 'anonymous' },
      { mention: 'The union', type: 'organisation' },
      { mention: 'union leader António Ferraz', type: 'person' },
      { mention: 'Atlântica Terminais', type: 'organisation' },
      { mention: 'The company', type: 'organisation' },
      { mention: 'Diário Económico', type: 'outlet' },
      { mention: 'an internal company presentation', type: 'document' },
      { mention: 'Infrastructure Minister Helena Sousa', type: 'person' },
      { mention: 'Two senior port officials', type: 'anonymous' },
      { mention: 'A spokesperson for the ministry', type: 'person' },
      { mention: "the Portuguese Shippers' Council", type: 'organisation' },
      { mention: 'figures from the port authority', type: 'document' },
    ],
  },
  {
    id: 't11-factcheck-crime-claim',
    style: 'fact-check',
    relays: [],
    responses: [
      { responder: "Delaney's campaign manager, Colin Baird|Baird", stance: 'denies' },
      { responder: "Mayor Angela Ruiz's campaign", stance: 'declines_to_comment' },
    ],
    sources: [
      { mention: 'mayoral candidate Rob Delaney', type: 'person' },
      { mention: 'police data', type: 'document' },
      { mention: "Delaney's campaign", type: 'organisation' },
      { mention: 'Those reports', type: 'document' },
      { mention: 'The same reports', type: 'document' },
      {
        mention: 'Jessica Tran, a criminologist at Lakehead University who studies police data|Jessica Tran',
        type: 'person',
      },
      { mention: 'Statistics Canada', type: 'government_body' },
      { mention: 'The police service', type: 'government_body' },
      { mention: 'Tran', type: 'person' },
      { mention: "Delaney's campaign manager, Colin Baird|Colin Baird", type: 'person' },
      { mention: 'Baird', type: 'person' },
    ],
  },
  {
    id: 't11-wire-hospital-cyberattack',
    style: 'wire',
    relays: [{ relay: 'Saskatoon Today', origin: "two employees in the authority's IT department" }],
    responses: [
      { responder: 'Lemieux|chief executive Dr. Paul Lemieux', stance: 'declines_to_comment' },
      { responder: 'Saskatoon police', stance: 'confirms' },
      { responder: 'The authority', stance: 'denies' },
      { responder: 'The authority', stance: 'admits' },
    ],
    sources: [
      { mention: 'the Saskatchewan Health Authority', type: 'government_body' },
      { mention: 'The authority', type: 'government_body' },
      { mention: 'chief executive Dr. Paul Lemieux', type: 'person' },
      { mention: 'A ransomware group calling itself NightVault', type: 'organisation' },
      { mention: 'Saskatoon police', type: 'government_body' },
      { mention: 'Saskatoon Today', type: 'outlet' },
      { mention: "two employees in the authority's IT department", type: 'anonymous' },
      { mention: 'A 2024 report by the provincial auditor', type: 'document' },
      { mention: 'Health Minister Everett Hague', type: 'person' },
      { mention: 'Patients whose procedures were cancelled', type: 'anonymous' },
      { mention: 'Bernice Olfert', type: 'person' },
    ],
  },
  {
    id: 't11-business-salad-recall',
    style: 'business',
    relays: [{ relay: 'Radio-Québec Info', origin: 'a former quality-control employee' }],
    responses: [
      { responder: 'The company|Verdure Saint-Laurent', stance: 'denies' },
      { responder: 'The agency', stance: 'declines_to_comment' },
    ],
    sources: [
      { mention: 'the Canadian Food Inspection Agency', type: 'government_body' },
      { mention: 'The agency', type: 'government_body' },
      { mention: 'Verdure Saint-Laurent', type: 'organisation' },
      { mention: 'chief executive Mathieu Bergeron', type: 'person' },
      { mention: 'Inspection records', type: 'document' },
      { mention: 'Radio-Québec Info', type: 'outlet' },
      { mention: 'a former quality-control employee', type: 'anonymous' },
      { mention: 'The company', type: 'organisation' },
      { mention: 'Food safety consultant Karine Dufour', type: 'person' },
      { mention: 'the agency', type: 'government_body' },
    ],
  },
]
