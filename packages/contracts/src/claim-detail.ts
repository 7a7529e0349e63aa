import { z } from 'zod'
import { AuditEventKeySchema } from './audit-events.ts'
import { ClaimInArticleSchema, RatingSchema } from './claims.ts'
import { EntityRefSchema } from './entities.ts'
import {
  EVIDENCE_RELATIONS,
  INFORMATION_CREDIBILITY,
  REPLY_CHANNELS,
  SOURCE_RELIABILITY,
  SOURCING_GRADES,
} from './enums.ts'

export const ReplyRequestSchema = z.object({
  id: z.uuid(),
  version: z.number().int().positive(),
  entity: EntityRefSchema,
  channel: z.enum(REPLY_CHANNELS),
  requestedAt: z.string(),
  deadline: z.string(),
  note: z.string().nullable(),
  responseId: z.uuid().nullable(),
  overdue: z.boolean().meta({ description: 'Past its deadline with no response linked' }),
})
export type ReplyRequest = z.infer<typeof ReplyRequestSchema>

export const CAPTURE_STATUSES = ['pending', 'ok', 'failed'] as const

/**
 * One capture of an evidence link (ADR 020): what the address answered, hashed, stored on our side.
 * The snapshot itself is read at GET /evidence/:evidenceId/captures/:captureId.
 */
export const EvidenceCaptureSchema = z.object({
  id: z.uuid(),
  status: z.enum(CAPTURE_STATUSES).meta({ description: 'pending until its job has run; then ok or failed' }),
  url: z.string().meta({ description: 'The address asked for' }),
  failureReason: z.string().nullable(),
  httpStatus: z.number().int().nullable(),
  contentType: z.string().nullable(),
  finalUrl: z.string().nullable().meta({ description: 'Where the page was found, after redirects' }),
  capturedAt: z.string().nullable(),
  sha256: z.string().nullable().meta({ description: 'Lower-case hex SHA-256 of the bytes as fetched' }),
  byteSize: z.number().int().nullable(),
  hasText: z.boolean().meta({ description: 'Whether text could be extracted from the bytes' }),
  createdAt: z.string(),
})
export type EvidenceCapture = z.infer<typeof EvidenceCaptureSchema>

export const EvidenceSchema = z.object({
  id: z.uuid(),
  version: z.number().int().positive(),
  relation: z.enum(EVIDENCE_RELATIONS),
  url: z.string().nullable(),
  title: z.string(),
  note: z.string().nullable(),
  addedBy: z.uuid().nullable(),
  createdAt: z.string(),
  capture: EvidenceCaptureSchema.nullable().meta({ description: 'The newest capture of its URL, if any' }),
})
export type Evidence = z.infer<typeof EvidenceSchema>

export const NoteSchema = z.object({
  id: z.uuid(),
  authorId: z.uuid().nullable(),
  body: z.string(),
  createdAt: z.string(),
})

export const CorrectionSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['correction', 'retraction']),
  whatChanged: z.string(),
  reason: z.string(),
  issuedAt: z.string(),
})

export const AssessmentSchema = z.object({
  informationCredibility: z.enum(INFORMATION_CREDIBILITY).nullable(),
  computedGrade: z.enum(SOURCING_GRADES).nullable(),
  overrideGrade: z.enum(SOURCING_GRADES).nullable(),
  overrideReason: z.string().nullable(),
  sourceReliability: z.array(z.object({ entity: EntityRefSchema, reliability: z.enum(SOURCE_RELIABILITY) })),
})

export const SourcingReasonSchema = z.object({
  rule: z.string(),
  effect: z.enum(['base', 'up', 'down', 'note']),
  text: z.string(),
})

/** The computed sourcing grade and why it came out so (docs/design.md: the UI shows why). */
export const SourcingExplanationSchema = z.object({
  computedGrade: z.enum(SOURCING_GRADES),
  baseGrade: z.enum(SOURCING_GRADES),
  reasons: z.array(SourcingReasonSchema),
  sharedOrigins: z.array(z.object({ origin: EntityRefSchema, chainIndexes: z.array(z.number().int()) })),
})
export type SourcingExplanation = z.infer<typeof SourcingExplanationSchema>

/**
 * What the checker proposed (docs/design.md, "Workflow": checkers propose a verdict and rationale,
 * editors decide, and both are kept). The claim's own verdict and rationale are the decision.
 */
export const VerdictProposalSchema = z.object({
  verdict: RatingSchema.nullable(),
  rationale: z.string().nullable(),
  proposedBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  proposedAt: z.string(),
})
export type VerdictProposal = z.infer<typeof VerdictProposalSchema>

/** One claim as the desk works on it: everything of the article view plus the working record. */
export const ClaimDetailSchema = ClaimInArticleSchema.extend({
  articleId: z.uuid(),
  createdBy: z.uuid().nullable(),
  assigneeId: z.uuid().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
  replyRequests: z.array(ReplyRequestSchema),
  evidence: z.array(EvidenceSchema),
  notes: z.array(NoteSchema),
  corrections: z.array(CorrectionSchema),
  assessment: AssessmentSchema.nullable(),
  sourcing: SourcingExplanationSchema,
  proposal: VerdictProposalSchema.nullable().meta({ description: 'The checker’s last proposal, if any' }),
  allowedActions: z.array(z.string()).meta({ description: 'Workflow actions the caller may take now' }),
})
export type ClaimDetail = z.infer<typeof ClaimDetailSchema>

export const ClaimSummarySchema = z.object({
  id: z.uuid(),
  articleId: z.uuid(),
  articleTitle: z.string(),
  headline: z.string(),
  status: ClaimInArticleSchema.shape.status,
  kind: ClaimInArticleSchema.shape.kind,
  orphaned: z.boolean(),
  assigneeId: z.uuid().nullable(),
  updatedAt: z.string(),
  version: z.number().int().positive(),
})
export const ClaimListSchema = z.object({
  items: z.array(ClaimSummarySchema),
  nextCursor: z.string().nullable(),
})
export type ClaimList = z.infer<typeof ClaimListSchema>

/** One audit event as the claim history shows it: its action always with that action's subject type. */
export const HistoryEventSchema = z.intersection(
  z.object({
    id: z.number().int(),
    occurredAt: z.string(),
    actorId: z.uuid().nullable(),
    actorName: z.string().nullable(),
    subjectId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
  }),
  AuditEventKeySchema,
)
export const ClaimHistorySchema = z.object({ items: z.array(HistoryEventSchema) })
export type ClaimHistory = z.infer<typeof ClaimHistorySchema>
