/**
 * Check-worthiness: how much a span reads like a specific, checkable assertion. Factual and specific
 * (numbers, dates, named entities), attributed and alleged wording rank above opinion and colour, in
 * the spirit of ClaimBuster's features. A score in [0, 1] with the reasons that made it.
 */
export interface CheckWorthiness {
  score: number
  reasons: string[]
}

export interface CheckWorthinessContext {
  attributed?: boolean
  anonymousSource?: boolean
  relayed?: boolean
}

const NUMBER =
  /(?:[$€£]\s?)?\b\d[\d,.]*(?:\s?(?:%|per cent|percent|million|billion|thousand))?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|billions?|doubled|tripled|quadrupled|halved|twofold|threefold|fourfold|tenfold)\b/giu
const DATE =
  /\b(?:(?:19|20)\d{2}|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last (?:week|month|year))\b/gu
const ENTITY = /(?<=[\p{L}\p{N},;:”"]\s)\p{Lu}[\p{L}\p{M}'’-]+/gu
const ALLEGATION =
  /\b(?:accused|alleged|allegedly|allegations?|reportedly|reported that|claims? that|charged with|investigat\w*|denied|admitted|told)\b/giu
const OPINION =
  /\b(?:I think|I believe|I feel|I hope|we hope|should|must|ought|hopeful|proud|deserve|wonderful|terrible|amazing|awful|great|best|worst|love|hate|beautiful|difficult|sad|happy|shame|disgrace|emotional|tears|applause|in my view|in my opinion)\b/giu
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|me|my|we|our|us)\b/gu

const count = (re: RegExp, s: string) => {
  re.lastIndex = 0
  let n = 0
  for (const _ of s.matchAll(re)) if (++n >= 10) break
  return n
}

export function scoreCheckWorthiness(text: string, context: CheckWorthinessContext = {}): CheckWorthiness {
  const reasons: string[] = []
  let score = 0.3
  const add = (delta: number, reason: string) => {
    score += delta
    reasons.push(`${delta > 0 ? '+' : ''}${delta.toFixed(2)} ${reason}`)
  }
  const sample = text.slice(0, 2000)
  const words = sample.split(/\s+/).filter(Boolean).length
  const numbers = count(NUMBER, sample)
  if (numbers > 0) add(Math.min(0.25, 0.12 * numbers), `${numbers} number(s)`)
  const dates = count(DATE, sample)
  if (dates > 0) add(Math.min(0.15, 0.08 * dates), `${dates} date(s)`)
  const entities = count(ENTITY, sample)
  if (entities > 0)
    add(Math.min(0.2, 0.05 * entities), `${entities} named entit${entities === 1 ? 'y' : 'ies'}`)
  const allegations = count(ALLEGATION, sample)
  if (allegations > 0) add(Math.min(0.15, 0.08 * allegations), 'allegation or reported-speech wording')
  if (context.attributed) add(0.1, 'attributed to a source')
  if (context.anonymousSource) add(0.05, 'rests on an anonymous source')
  if (context.relayed) add(0.05, 'relayed by another outlet')
  const opinion = count(OPINION, sample)
  if (opinion > 0) add(-Math.min(0.3, 0.1 * opinion), 'opinion or colour wording')
  const firstPerson = count(FIRST_PERSON, sample)
  if (firstPerson > 1) add(-0.1, 'first-person speech')
  if (sample.includes('?')) add(-0.15, 'a question')
  if (words < 6) add(-0.2, 'very short')
  return { score: Math.round(Math.min(1, Math.max(0, score)) * 100) / 100, reasons }
}
