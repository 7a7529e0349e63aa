// Hedges of the news-held-out articles, by the rule of README.md ("Hedges"), annotated blind from
// the texts only; the extractor's hedges are never listed for them. (held-out-3's, annotated by h18,
// moved to hedges-tuning.ts with its articles in session 12.) held-out-4 (w19): annotated by the
// writer of the articles, from the texts only. held-out-5 (w21): likewise, by its writer.
export const HEDGES_HELD_OUT: Record<string, string[]> = {
  'h4-wire-ferry-engine-fire': ['appears to'],
  'h4-invest-care-home-staffing': ['could not be independently verified'],
  // "the alleged conflict" in the political scientist's reported (indirect) speech.
  'h4-politics-minister-contract': ['alleged'],
  'h4-court-roofing-fraud': ['accused of', 'None of the claims in the lawsuit have been proven in court'],
  'h4-business-grocer-closures': ['could be higher'],
  'h4-police-cargo-thefts': [
    'alleged',
    'are believed to',
    'None of the allegations have been proven in court',
  ],
  'h4-health-melatonin-gummies': ['suggest', 'may differ'],
  'h4-local-arena-closure': ['may have'],
  'h4-intl-mine-clash': ['could not independently verify', 'appear to'],
  'h4-factcheck-property-tax-claim': ['appears to', 'it is not clear'],
  // held-out-5 (w21). "It is not clear when the advisory will be lifted" (local) is about the
  // future, not a claim kept at a distance, so it is not listed.
  'h5-wire-transit-signal-failure': ['appears to'],
  'h5-invest-pipeline-inspections': ['It is not clear whether'],
  // "the alleged interference" in the critic's reported (indirect) speech.
  'h5-politics-housing-grants': ['alleged'],
  'h5-court-principal-dismissal': ['None of the allegations has been tested in court'],
  'h5-business-grain-terminal': ['reportedly'],
  'h5-local-first-nation-water': [],
  // "are alleged to" in the court documents' reported (indirect) speech.
  'h5-police-evidence-thefts': ['allegedly', 'alleged'],
  'h5-intl-rail-strike': ['is believed to', 'could not independently verify'],
  'h5-science-salmon-lice-study': ['suggest', 'may have'],
  'h5-factcheck-rowing-federation': ['appears to'],
}
