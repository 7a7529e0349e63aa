import { z } from 'zod'

/**
 * Every action the audit log records (docs/design.md, "Domain model": Event). Writers are typed by
 * this list (packages/db/src/audit.ts), and readers (the claim history, "changes since") parse it,
 * so an action renamed in one place fails the typecheck or the contract in the others.
 */
export const CLAIM_TRANSITION_EVENTS = [
  'claim.submit',
  'claim.resubmit',
  'claim.approve',
  'claim.request_changes',
  'claim.publish',
  'claim.correct',
  'claim.retract',
] as const

/** The records a claim holds besides its fields, each added, updated and removed as its own event. */
export const CLAIM_RECORD_KINDS = ['chain', 'response', 'evidence', 'reply_request', 'note'] as const
export type ClaimRecordKind = (typeof CLAIM_RECORD_KINDS)[number]

/** The subject an event of each record kind is about (the `subjectType` written with it). */
const RECORD_SUBJECTS = {
  chain: 'attribution_chain',
  response: 'response',
  evidence: 'evidence',
  reply_request: 'reply_request',
  note: 'claim_note',
} as const satisfies Record<ClaimRecordKind, string>
const RECORD_OPS = ['added', 'updated', 'removed'] as const
type RecordOp = (typeof RECORD_OPS)[number]

/**
 * Every action the log records, with the kind of subject its events are about: the one table that
 * types writers (packages/db/src/audit.ts takes an action only with its subject type) and readers
 * (AuditEventKeySchema below, parsed by the claim history).
 */
const ACTION_SUBJECTS = {
  'claim.created': 'claim',
  'claim.updated': 'claim',
  'claim.reanchored': 'claim',
  'claim.sourcing_assessed': 'sourcing_assessment',
  'claim.chains_reordered': 'claim',
  'claim.entity_merged': 'claim',
  'article.created': 'article',
  'article_version.imported': 'article_version',
  'article_change.flagged': 'article_change_flag',
  'article_change.dismissed': 'article_change_flag',
  'entity.created': 'entity',
  'entity.updated': 'entity',
  'entity.merged': 'entity',
  'user.created': 'user',
  'user.updated': 'user',
  'user.deactivated': 'user',
  'user.reactivated': 'user',
  'user.password_changed': 'user',
  'user.password_reset': 'user',
  'user.password_reset_issued': 'user',
  'user.password_set': 'user',
  'session.login': 'user',
  'session.logout': 'user',
  'rating_scale.updated': 'rating_scale',
  'publication.backfilled': 'published_claims',
  'suggestion.accepted': 'suggestion_decision',
  'suggestion.dismissed': 'suggestion_decision',
  'job.enqueued': 'job',
  'job.succeeded': 'job',
  'job.failed': 'job',
  'evidence.captured': 'evidence_capture',
  'evidence.capture_failed': 'evidence_capture',
  'watch.checked': 'watched_source',
  'watch.check_failed': 'watched_source',
  'watch.change_detected': 'source_watch_change',
  'watch.change_acknowledged': 'source_watch_change',
  'watch.source_followed': 'watched_source',
} as const

type TransitionSubjects = { [A in (typeof CLAIM_TRANSITION_EVENTS)[number]]: 'claim' }
type RecordEventSubjects = {
  [K in ClaimRecordKind as `claim.${K}_${RecordOp}`]: (typeof RECORD_SUBJECTS)[K]
}
export type AuditEventSubjects = typeof ACTION_SUBJECTS & TransitionSubjects & RecordEventSubjects

export const AUDIT_EVENT_SUBJECTS: AuditEventSubjects = {
  ...ACTION_SUBJECTS,
  ...(Object.fromEntries(CLAIM_TRANSITION_EVENTS.map((a) => [a, 'claim'])) as TransitionSubjects),
  ...(Object.fromEntries(
    CLAIM_RECORD_KINDS.flatMap((kind) =>
      RECORD_OPS.map((op) => [`claim.${kind}_${op}`, RECORD_SUBJECTS[kind]]),
    ),
  ) as RecordEventSubjects),
}

export type AuditAction = keyof AuditEventSubjects
export type AuditSubjectType = AuditEventSubjects[AuditAction]
export const AUDIT_ACTIONS = Object.keys(AUDIT_EVENT_SUBJECTS) as AuditAction[]
export const AuditActionSchema = z.enum(AUDIT_ACTIONS as [AuditAction, ...AuditAction[]])

/** An action with the subject type its events carry: `{ action: 'entity.merged', subjectType: 'entity' }`. */
export type AuditEventKey = {
  [A in AuditAction]: { action: A; subjectType: AuditEventSubjects[A] }
}[AuditAction]

/** The same pairs as a zod discriminated union on `action`, one member per action. */
export const AuditEventKeySchema = z.discriminatedUnion(
  'action',
  AUDIT_ACTIONS.map((action) =>
    z.object({ action: z.literal(action), subjectType: z.literal(AUDIT_EVENT_SUBJECTS[action]) }),
  ) as unknown as [z.ZodObject<{ action: z.ZodLiteral<AuditAction> }>],
) as unknown as z.ZodType<AuditEventKey>

/** The action and subject type of an event on a claim's record of `kind` (its writers compute the kind). */
export function recordEventKey(kind: ClaimRecordKind, op: RecordOp): AuditEventKey {
  return { action: `claim.${kind}_${op}`, subjectType: RECORD_SUBJECTS[kind] } as AuditEventKey
}

/** One line of "what changed since you last saw it", computed by the server for the viewer. */
export const FieldChangeSchema = z.object({
  field: z.string(),
  label: z.string(),
  before: z.string(),
  after: z.string(),
})
export const RecordChangeSchema = z.object({
  kind: z.enum(CLAIM_RECORD_KINDS),
  id: z.string(),
  /** A one-line description of the record (as it was when added, or when removed). */
  summary: z.string(),
  by: z.string().nullable(),
})
export const WorkflowStepSchema = z.object({
  action: z.string().meta({ description: 'The transition, e.g. submit, request_changes' }),
  at: z.string(),
  by: z.string().nullable(),
  comment: z.string().nullable(),
})
export const ChangesSinceSchema = z.object({
  /** The viewer's own latest event on the claim; null when they have never acted on it. */
  lastSeen: z.object({ at: z.string(), action: AuditActionSchema }).nullable(),
  fields: z.array(FieldChangeSchema),
  added: z.array(RecordChangeSchema),
  removed: z.array(RecordChangeSchema),
  updated: z.array(RecordChangeSchema),
  steps: z.array(WorkflowStepSchema),
  /** Other changes worth a line (re-anchoring, chain order, the sourcing assessment). */
  other: z.array(z.string()),
})
export type ChangesSince = z.infer<typeof ChangesSinceSchema>
export type FieldChange = z.infer<typeof FieldChangeSchema>
export type RecordChange = z.infer<typeof RecordChangeSchema>
