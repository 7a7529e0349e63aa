import { findQuotes } from '../quotes/find-quotes.ts'
import { findResponses } from './find-responses.ts'

/** A text's responses as [responder (its name when a pronoun), stance, cue]: the rows the class tests compare. */
export const responseRows = (text: string) =>
  findResponses(text, findQuotes(text)).map((r) => [
    (r.resolvedResponder ?? r.responder)?.text ?? null,
    r.stance,
    r.cue.text,
  ])
