import {
  type ClaimDetail,
  type CorrectClaim,
  CorrectClaimSchema,
  type RetractClaim,
  RetractClaimSchema,
} from '@claimtrail/contracts'
import { ApiRequestError } from '../../api/api-client.ts'
import { type FieldErrors, issueInMessage, validationIssues } from '../../ui/field-errors.ts'

/** The correction form as typed. The claim's own fields start as they are published. */
export interface CorrectionValues {
  whatChanged: string
  reason: string
  headline: string
  statement: string
  rationale: string
  /** A rating id, or KEEP_VERDICT. */
  verdictRatingId: string
}

export const KEEP_VERDICT = 'keep'

type Published = Pick<ClaimDetail, 'headline' | 'statement' | 'rationale' | 'version'>

export const initialCorrection = (claim: Published): CorrectionValues => ({
  whatChanged: '',
  reason: '',
  headline: claim.headline,
  statement: claim.statement,
  rationale: claim.rationale ?? '',
  verdictRatingId: KEEP_VERDICT,
})

const WHEN_EMPTY: Record<string, string> = {
  whatChanged: 'Say what changed',
  reason: 'Say why',
  headline: 'A headline cannot be emptied: keep the published one or write a new one',
  statement: 'A statement cannot be emptied: keep the published one or write a new one',
  rationale: 'A rationale cannot be emptied: keep the published one or write a new one',
}

const sentence = (message: string) => message.charAt(0).toUpperCase() + message.slice(1)

/** A contract path (["changes", "headline"], ["reason"]) as the form's field name. */
const fieldOf = (path: readonly PropertyKey[]) =>
  String(path[0] === 'changes' ? (path[1] ?? '') : (path[0] ?? ''))

type Trimmed = Omit<CorrectionValues, 'verdictRatingId'>

const trimmedOf = (values: CorrectionValues): Trimmed => ({
  whatChanged: values.whatChanged.trim(),
  reason: values.reason.trim(),
  headline: values.headline.trim(),
  statement: values.statement.trim(),
  rationale: values.rationale.trim(),
})

/** The fields left empty, in the form's words. */
function emptyFieldErrors(claim: Published, trimmed: Trimmed): FieldErrors {
  const errors: FieldErrors = {}
  for (const [field, value] of Object.entries(trimmed)) if (!value) errors[field] = WHEN_EMPTY[field] ?? ''
  // A field left empty that was empty before (a claim published with no rationale) is no change.
  if (!trimmed.rationale && !claim.rationale?.trim()) delete errors.rationale
  return errors
}

/** Only the published fields the editor actually changed (and a new verdict, if one was chosen). */
function changesOf(
  claim: Published,
  trimmed: Trimmed,
  verdictRatingId: string,
): NonNullable<CorrectClaim['changes']> {
  const changes: NonNullable<CorrectClaim['changes']> = {}
  if (trimmed.headline && trimmed.headline !== claim.headline) changes.headline = trimmed.headline
  if (trimmed.statement && trimmed.statement !== claim.statement) changes.statement = trimmed.statement
  if (trimmed.rationale && trimmed.rationale !== (claim.rationale ?? '').trim())
    changes.rationale = trimmed.rationale
  if (verdictRatingId !== KEEP_VERDICT) changes.verdictRatingId = verdictRatingId
  return changes
}

/**
 * The POST /claims/:id/correct body: what changed and why, the version read, and only the
 * published fields the editor actually changed. Checked with the contract's schema.
 */
export function buildCorrection(
  claim: Published,
  values: CorrectionValues,
): { ok: true; body: CorrectClaim } | { ok: false; errors: FieldErrors } {
  const trimmed = trimmedOf(values)
  const errors = emptyFieldErrors(claim, trimmed)
  const changes = changesOf(claim, trimmed, values.verdictRatingId)
  const parsed = CorrectClaimSchema.safeParse({
    version: claim.version,
    whatChanged: trimmed.whatChanged,
    reason: trimmed.reason,
    ...(Object.keys(changes).length > 0 ? { changes } : {}),
  })
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, body: parsed.data }
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = fieldOf(issue.path)
    if (field && !(field in errors)) errors[field] = sentence(issue.message)
  }
  return { ok: false, errors }
}

/** The POST /claims/:id/retract body. */
export function buildRetraction(
  claim: Pick<ClaimDetail, 'version'>,
  reason: string,
): { ok: true; body: RetractClaim } | { ok: false; errors: FieldErrors } {
  if (!reason.trim()) return { ok: false, errors: { reason: 'Say why the claim review is retracted' } }
  const parsed = RetractClaimSchema.safeParse({ version: claim.version, reason: reason.trim() })
  if (parsed.success) return { ok: true, body: parsed.data }
  return { ok: false, errors: { reason: sentence(parsed.error.issues[0]?.message ?? 'Invalid reason') } }
}

/**
 * The fields a 400 answer names (`body.whatChanged`, `body.changes.headline`; the service's own
 * checks say `changes.verdictRatingId: …` in the message), as the form's field names.
 */
export function correctionErrorsFromApi(error: unknown): FieldErrors {
  if (!(error instanceof ApiRequestError) || error.status !== 400) return {}
  const listed = validationIssues(error.details)
  const named = listed.length > 0 ? null : issueInMessage(error.message)
  const errors: FieldErrors = {}
  for (const { field, message } of named ? [named] : listed) {
    const name = fieldOf(field.replace(/^body\./, '').split('.'))
    if (name && !(name in errors)) errors[name] = sentence(message)
  }
  return errors
}
