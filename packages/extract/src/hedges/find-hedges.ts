/**
 * Hedges: wording that weakens a claim ("allegedly", "reportedly", "could be seen as").
 * docs/design.md asks the extractor to find them; a checker sees them as suggestions.
 */
export interface HedgeSpan {
  /** The hedge as written in the text. */
  text: string
  /** UTF-16 offsets into the input, end exclusive (as every span in Claimtrail). */
  start: number
  end: number
}

// Longest first, so "could be seen as" wins over a shorter overlapping entry.
const HEDGE_PHRASES = [
  'could be seen as',
  'is believed to',
  'are believed to',
  'it is believed',
  'is said to',
  'are said to',
  'is thought to',
  'according to some',
  'appears to',
  'appear to',
  'seems to',
  'allegedly',
  'alleged',
  // A claim introduced as an allegation; "the allegations" alone only refers back to one.
  'allegations that',
  'allegation that',
  'allegations of',
  'allegation of',
  'reportedly',
  'purportedly',
  'supposedly',
  'apparently',
  'unverified',
  'possibly',
  'probably',
  'perhaps',
  'might',
  'may have',
  // Wire copy's verification disclaimers and distancing words.
  'unconfirmed',
  'unproven',
  'unsubstantiated',
  'purported',
  'so-called',
  'is understood to',
  'are understood to',
  'is alleged to',
  'are alleged to',
  'it is unclear',
  'it was unclear',
  'it is not clear',
  'it was not clear',
  'it is not known',
  'appeared to',
  'seemed to',
  'most likely',
  'likely to have',
  'billed as',
  'touted as',
  // The standing disclaimer of court and police copy.
  'have not been proven',
  'has not been proven',
  'have not been tested in court',
  'has not been tested in court',
  'none of the allegations',
  'none of the charges',
  'none of the claims',
  'none of the accusations',
  // A modal on a present or past figure, not on the future.
  'may differ',
  'may be higher',
  'could be higher',
  'may be lower',
  'could be lower',
].sort((a, b) => b.length - a.length)

// "could not independently verify", "has not been independently confirmed", "were not verified":
// a newsroom saying it has not checked what it reports.
// "was accused of", "a contractor accused of", "suspected of": "accused" right before "of" reports
// an accusation without making it (the active "X accused Y of" has its object in between).
const ACCUSED = String.raw`(?:accused|suspected)(?: (?:on|last|this) \p{Lu}\p{Ll}+)? of`
const NOT_VERIFIED = String.raw`(?:could not|cannot|can't|couldn't|was unable to|were unable to|was not able to|were not able to|has been unable to|have been unable to|did not|has not|have not|had not)(?: be| been)?(?: (?:immediately|independently|yet))* (?:verify|verified|confirm|confirmed|corroborate|corroborated)|(?:was|were|is|are) not (?:independently )?(?:verified|confirmed|corroborated)`

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const HEDGE_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${ACCUSED}|${NOT_VERIFIED}|${HEDGE_PHRASES.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
)

/** Every hedge in `text`, in text order, without overlaps. Pure: no I/O. */
export function findHedges(text: string): HedgeSpan[] {
  return Array.from(text.matchAll(HEDGE_PATTERN), (m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }))
}
