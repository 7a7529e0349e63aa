import type { Attribution } from './find-quotes.ts'

/** One quote in the prediction format of the quote scorer (eval/score.mjs, Gender Gap Tracker style). */
export interface QuotePrediction {
  speaker: string | null
  speaker_start: number | null
  speaker_end: number | null
  verb: string | null
  verb_start: number | null
  verb_end: number | null
  quote: string
  quote_start: number
  quote_end: number
  is_floating_quote: boolean
}

/**
 * The scorer's format. A pronoun speaker is written as the pronoun mention (the scorer compares
 * spans); the resolved name is product information and is left out here.
 */
export function toQuotePredictions(attributions: readonly Attribution[]): QuotePrediction[] {
  return attributions.map((a) => {
    // The annotation conventions count "according to" as a cue but not a reporting verb: no verb.
    const verb = a.cueLemma === 'according to' ? null : a.cue
    return {
      speaker: a.source?.text ?? null,
      speaker_start: a.source?.start ?? null,
      speaker_end: a.source?.end ?? null,
      verb: verb?.text ?? null,
      verb_start: verb?.start ?? null,
      verb_end: verb?.end ?? null,
      quote: a.content.text,
      quote_start: a.content.start,
      quote_end: a.content.end,
      is_floating_quote: a.floating || a.source === null,
    }
  })
}
