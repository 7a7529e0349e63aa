// Hedges of the news-held-out articles (held-out-3.txt), by the rule of README.md ("Hedges"),
// annotated blind (h18) from the texts only; the extractor's hedges were never listed for them.
export const HEDGES_HELD_OUT: Record<string, string[]> = {
  'h3-wire-wildfire-utility': ['most likely'],
  'h3-invest-police-overtime': ['It is not clear'],
  'h3-politics-mp-flights': [],
  // "suggested" here is the lawyer's reporting verb in cross-examination.
  'h3-court-landlord-fire-code': [],
  'h3-tech-running-app': [],
  'h3-culture-novel-plagiarism': [],
  'h3-local-school-portables': [],
  'h3-opinion-surgery-waits': [],
}
