// Hedges of the news-held-out articles, by the rule of README.md ("Hedges"), annotated blind from
// the texts only; the extractor's hedges are never listed for them. (held-out-3's, annotated by h18,
// moved to hedges-tuning.ts with its articles in session 12.) held-out-4 (w19): annotated by the
// writer of the articles, from the texts only.
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
}
