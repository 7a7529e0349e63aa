import { RatingInputSchema, type RatingScale, type UpdateRatingScale } from '@claimtrail/contracts'
import { ApiRequestError } from '../../api/api-client.ts'
import { type FieldErrors, type FieldIssue, issueInMessage, validationIssues } from '../../ui/field-errors.ts'

/** One rating as the admin edits it: the form's text, not yet the contract's types. */
export interface DraftRating {
  /** Stable across edits and moves (React key, field names): the rating's id, or a made-up one. */
  key: string
  /** The rating kept (and possibly edited); absent for a new one. */
  id?: string
  label: string
  description: string
  colour: string
  /** The ClaimReview ratingValue as typed; empty for none. */
  ratingValue: string
}

export type RatingField = 'label' | 'description' | 'colour' | 'ratingValue'

/** The scale-wide error (too few ratings, duplicate labels the API found) is keyed here. */
export const SCALE_ERROR = 'ratings'

/** Names a rating's field in the form: what react-aria's Form `validationErrors` is keyed by. */
export const fieldName = (key: string, field: RatingField) => `${key}.${field}`

export const MIN_RATINGS = 2
export const MAX_RATINGS = 20

/** The ratings in use, in order (retired ones are history, not edited). */
export function draftsOf(scale: RatingScale): DraftRating[] {
  return scale.ratings
    .filter((r) => !r.retired)
    .sort((a, b) => a.position - b.position)
    .map((r) => ({
      key: r.id,
      id: r.id,
      label: r.label,
      description: r.description,
      colour: r.colour,
      ratingValue: r.ratingValue === null ? '' : String(r.ratingValue),
    }))
}

let made = 0
/** A blank rating to add at the end of the scale. */
export function newRating(): DraftRating {
  made += 1
  return { key: `new-${made}`, label: '', description: '', colour: '#6b7280', ratingValue: '' }
}

/** Moves the rating at `index` one place up (-1) or down (+1); out of range leaves the list as is. */
export function moveRating(list: readonly DraftRating[], index: number, by: -1 | 1): DraftRating[] {
  const to = index + by
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list]
  const next = [...list]
  const [moved] = next.splice(index, 1)
  if (moved) next.splice(to, 0, moved)
  return next
}

/** Whether the drafts say something other than the scale (order included). */
export function isDirty(scale: RatingScale, drafts: readonly DraftRating[]): boolean {
  const plain = (list: readonly DraftRating[]) =>
    JSON.stringify(list.map(({ key: _key, ...rest }) => ({ ...rest, ratingValue: rest.ratingValue.trim() })))
  return plain(draftsOf(scale)) !== plain(drafts)
}

/**
 * Whether saving this rating will retire it and add a new one instead of editing it: the API does
 * that when a published verdict uses the rating and its label or value changes (published verdicts
 * are history). The web app does not know which ratings are used, so it says "if".
 */
export function changesHistory(scale: RatingScale, draft: DraftRating): boolean {
  const current = draft.id ? scale.ratings.find((r) => r.id === draft.id) : undefined
  if (!current) return false
  const value = draft.ratingValue.trim() === '' ? null : Number(draft.ratingValue.trim())
  return current.label !== draft.label.trim() || current.ratingValue !== value
}

const sentence = (message: string) => message.charAt(0).toUpperCase() + message.slice(1)

const FIELD_WORDS: Record<RatingField, string> = {
  label: 'Enter a label',
  description: 'Keep the description to 500 characters',
  colour: 'Choose a colour as #rrggbb',
  ratingValue: 'Enter a whole number from 0 to 100, or leave it empty',
}

/** A typed rating value: null when left empty, undefined when it is not up to three digits (the schema checks the range). */
function ratingValueOf(typed: string): number | null | undefined {
  const valueText = typed.trim()
  if (valueText === '') return null
  return /^\d{1,3}$/.test(valueText) ? Number(valueText) : undefined
}

/** One draft checked with the contract's schema: the rating, or null with its errors added to `errors`. */
function checkDraft(draft: DraftRating, errors: FieldErrors): UpdateRatingScale['ratings'][number] | null {
  const ratingValue = ratingValueOf(draft.ratingValue)
  if (ratingValue === undefined) errors[fieldName(draft.key, 'ratingValue')] = FIELD_WORDS.ratingValue
  const parsed = RatingInputSchema.safeParse({
    ...(draft.id ? { id: draft.id } : {}),
    label: draft.label,
    description: draft.description,
    colour: draft.colour,
    ratingValue: ratingValue ?? null,
  })
  if (parsed.success) return parsed.data
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as RatingField | undefined
    if (!field || !(field in FIELD_WORDS)) continue
    errors[fieldName(draft.key, field)] ??= FIELD_WORDS[field]
  }
  return null
}

/**
 * Checks the drafts with the contract's own schema and turns them into the PUT body's ratings, in
 * order. Errors are keyed by field name (fieldName) or SCALE_ERROR.
 */
export function toRatings(
  drafts: readonly DraftRating[],
): { ok: true; ratings: UpdateRatingScale['ratings'] } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {}
  const ratings: UpdateRatingScale['ratings'] = []
  const seen = new Set<string>()
  for (const draft of drafts) {
    const rating = checkDraft(draft, errors)
    if (rating) ratings.push(rating)
    const label = draft.label.trim().toLowerCase()
    if (label && seen.has(label)) errors[fieldName(draft.key, 'label')] ??= 'Another rating has this label'
    if (label) seen.add(label)
  }
  if (drafts.length < MIN_RATINGS) errors[SCALE_ERROR] = `A scale needs at least ${MIN_RATINGS} ratings`
  if (drafts.length > MAX_RATINGS) errors[SCALE_ERROR] = `A scale has at most ${MAX_RATINGS} ratings`
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, ratings }
}

/** The issues of a refused save: those listed, else the one the message names, else the message. */
function issuesOf(error: ApiRequestError): FieldIssue[] {
  const listed = validationIssues(error.details)
  if (listed.length > 0) return listed
  return [issueInMessage(error.message) ?? { field: '', message: error.message }]
}

/** The draft a field path (`ratings.<index>.<field>`) names, with the rating's field, if it names one. */
function ratingFieldOf(field: string, drafts: readonly DraftRating[]) {
  const path = field.replace(/^body\./, '').split('.')
  const index = path[0] === 'ratings' && path[1] !== undefined ? Number(path[1]) : Number.NaN
  const draft = Number.isInteger(index) ? drafts[index] : undefined
  const name = path[2] as RatingField | undefined
  return { index, draft, name: name && name in FIELD_WORDS ? name : undefined }
}

/**
 * Puts a refused save's reasons next to the fields they name. A 400 VALIDATION answer names them as
 * `body.ratings.<index>.<field>`; the service's own checks say `ratings.<index>.<field>: …` in the
 * message. Anything not tied to one rating's field goes to SCALE_ERROR.
 */
export function errorsFromApi(error: unknown, drafts: readonly DraftRating[]): FieldErrors {
  if (!(error instanceof ApiRequestError) || error.status !== 400) return {}
  const errors: FieldErrors = {}
  for (const { field, message } of issuesOf(error)) {
    const { index, draft, name } = ratingFieldOf(field, drafts)
    if (draft && name) errors[fieldName(draft.key, name)] ??= sentence(message)
    else errors[SCALE_ERROR] ??= draft ? `Rating ${index + 1}: ${message}` : sentence(message)
  }
  return errors
}
