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

const RECORD_EVENTS = CLAIM_RECORD_KINDS.flatMap((kind) =>
  (['added', 'updated', 'removed'] as const).map((op) => `claim.${kind}_${op}` as const),
)

export const AUDIT_ACTIONS = [
  'claim.created',
  'claim.updated',
  'claim.reanchored',
  'claim.sourcing_assessed',
  'claim.chains_reordered',
  'claim.entity_merged',
  ...CLAIM_TRANSITION_EVENTS,
  ...RECORD_EVENTS,
  'article.created',
  'article_version.imported',
  'article_change.flagged',
  'article_change.dismissed',
  'entity.created',
  'entity.updated',
  'entity.merged',
  'user.created',
  'user.updated',
  'user.deactivated',
  'user.reactivated',
  'user.password_changed',
  'user.password_reset',
  'user.password_reset_issued',
  'user.password_set',
  'session.login',
  'session.logout',
  'rating_scale.updated',
  'publication.backfilled',
  'suggestion.accepted',
  'suggestion.dismissed',
  'job.enqueued',
  'job.succeeded',
  'job.failed',
  'evidence.captured',
  'evidence.capture_failed',
  'watch.checked',
  'watch.check_failed',
  'watch.change_detected',
  'watch.change_acknowledged',
  'watch.source_followed',
] as const satisfies readonly string[]

export type AuditAction =
  | (typeof AUDIT_ACTIONS)[number]
  | `claim.${ClaimRecordKind}_${'added' | 'updated' | 'removed'}`
export const AuditActionSchema = z.enum(AUDIT_ACTIONS as unknown as [AuditAction, ...AuditAction[]])

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
