import { ApiRequestError } from '../../api/api-client.ts'
import type { FieldErrors } from '../../ui/field-errors.ts'
import type { ClaimFields } from './claim-diff.ts'
import { type LocatedQuote, locateQuote, type Span } from './selection-offsets.ts'

/** Whether a new claim's form holds anything typed; `typedQuote` is the quote when typed by hand. */
export function hasNewClaimInput(fields: ClaimFields, hedgesText: string, typedQuote: string): boolean {
  return (
    fields.statement.trim() !== '' ||
    fields.headline.trim() !== '' ||
    fields.claimant !== null ||
    fields.subjects.length > 0 ||
    hedgesText.trim() !== '' ||
    typedQuote.trim() !== ''
  )
}

/**
 * Where the claim's quote is in the body: the selection as made (while the field still holds its
 * words), or the typed words found in the text; else what is wrong with the quote.
 */
export function placeQuote(
  body: string,
  span: Span | null,
  quote: string,
): { placed: LocatedQuote; problem?: undefined } | { placed: null; problem: string } {
  const typed = quote.trim()
  if (!typed) return { placed: null, problem: 'Select the claim’s words in the text, or type them here' }
  const placed =
    span && body.slice(span.start, span.end) === quote ? { ...span, count: 1 } : locateQuote(body, typed)
  if (placed) return { placed }
  return {
    placed: null,
    problem: 'These words are not in the article text: type them exactly as they appear',
  }
}

/** The words under the quote field: where its words come from, or how to give them. */
export function quoteDescription(span: Span | null, located: LocatedQuote | null): string {
  if (span) return 'The words selected in the text.'
  if (!located) return 'Select the words in the text, or type them exactly as they appear.'
  return located.count > 1
    ? `Found ${located.count} times in the text; the first is used.`
    : 'Found in the text.'
}

/** The form's errors for a refused create: what the API says of the anchor is said of the quote. */
export function createErrors(onFields: FieldErrors): FieldErrors {
  const { start, end, exact, articleVersionId, ...rest } = onFields
  const quoteError = exact ?? start ?? end ?? articleVersionId
  if (quoteError) rest.quote = quoteError
  return rest
}

/** The message of a create refused for no one field. */
export function createFailure(error: Error): string {
  return error instanceof ApiRequestError && error.isConflict
    ? `${error.message}. Reload the page to see the current text; your words stay in this form.`
    : error.message
}

/** Whether the text selected now is other than the quote's place (so it can be used instead). */
export const isOtherSelection = (selection: Span | null, span: Span | null): selection is Span =>
  selection !== null && (!span || selection.start !== span.start || selection.end !== span.end)
