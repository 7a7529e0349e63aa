// Hedges of the news-tuning articles (tuning-1..7), by the rule of README.md ("Hedges"): phrases in
// the article's own voice or in reported speech that mark a claim as not established; nothing
// inside quotation marks. Annotated blind (h18): from the texts only, not from the extractor.
export const HEDGES_TUNING: Record<string, string[]> = {
  't-wire-ceasefire': [],
  't-invest-care-homes': [],
  't-politics-minister-denial': [],
  't-court-fraud-trial': ['accused of'],
  't-business-layoffs': [],
  // The writer's concession to the city's claim that it cannot hire drivers.
  't-opinion-transit': ['Maybe so'],
  't-local-water-main': [],
  't-health-sleep-study': ['may differ'],
  't-wire-port-seizure': [],
  't-politics-contract': [],
  't-wire-election': ['a figure police did not confirm'],
  't-business-grocery-margins': [],
  't-politics-expenses': [],
  't-court-lawsuit': ['None of the allegations has been tested in court'],
  't6-politics-procurement': [],
  't6-business-kettles': [],
  't6-police-arrest': [],
  't6-court-pension': ['accused of'],
  't6-local-rezoning': [],
  't6-science-sweetener': [],
  't6-sports-doping': [],
  't6-wire-mine-spill': [],
  't7-wire-rail-derailment': [],
  // "billed as": the label is the payer's, and the article keeps its distance from it.
  't7-invest-shelter-funds': ['billed as'],
  't7-politics-minister-lobbyist': [],
  't7-court-contractor-fraud': ['accused of'],
  't7-business-airline-refunds': [],
  't7-health-allergy-study': [],
  't7-sports-junior-hazing': ['allegations that'],
  // "suspected of photographing" is inside the ministry's quotation marks, so it is not listed.
  't7-intl-detained-engineer': ['appeared to'],
  // tuning-8/-9.txt (the former held-out group), annotated blind by h18 while they were held out.
  'h-wire-mine-collapse': [],
  // The authority's own disclaimer of the figure a person briefed gave.
  'h-invest-hospital': ['could not confirm that figure'],
  // Passive "accused … of", as "accused of"; "an allegation he dismissed" only refers back to it.
  'h-politics-mayor': ['accused on Monday of'],
  'h-court-appeal': [],
  // "could deepen the shortage" is about the future.
  'h-business-airline': [],
  'h-opinion-housing': [],
  // "the melt could reduce late-summer flows" is a projection, not a hedge on a fact.
  'h-science-glacier': [],
  'h-local-school-closure': [],
  // tuning-10.txt (held-out-3 until session 12), annotated blind by h18 while it was held out.
  'h3-wire-wildfire-utility': ['most likely'],
  'h3-invest-police-overtime': ['It is not clear'],
  'h3-politics-mp-flights': [],
  // "suggested" here is the lawyer's reporting verb in cross-examination.
  'h3-court-landlord-fire-code': [],
  'h3-tech-running-app': [],
  'h3-culture-novel-plagiarism': [],
  'h3-local-school-portables': [],
  'h3-opinion-surgery-waits': [],
  // tuning-11 (w20, blind): annotated by the writer from the texts alone.
  't11-wire-wildfire-evacuation': ['is believed to', 'investigators have not confirmed'],
  't11-invest-daycare-staffing': ['was not able to independently verify', 'It is not clear whether'],
  't11-politics-lobbying-meetings': [],
  't11-court-roofing-fraud': [],
  't11-business-airline-merger': [],
  // "Investigators believe" attributes the police's belief (a reporting verb), not the writer's hedge.
  't11-police-catalytic-thefts': ['None of the charges has been proven in court'],
  't11-health-antibiotic-shortage': ['appears to'],
  't11-local-rink-closure': [],
  't11-intl-port-strike': [],
  // the criminologist's "may have" in reported speech
  't11-factcheck-crime-claim': ['may have'],
  't11-wire-hospital-cyberattack': ['could not be independently verified'],
  't11-business-salad-recall': [],
}
