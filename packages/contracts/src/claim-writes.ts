import { z } from 'zod'
import { CalendarDateSchema, CursorSchema, IsoDateTimeSchema } from './common.ts'
import {
  CLAIM_KINDS,
  CLAIM_STATUSES,
  EVIDENCE_RELATIONS,
  HOP_ACCESS,
  HOP_ROLES,
  INFORMATION_CREDIBILITY,
  REPLY_CHANNELS,
  RESPONSE_STANCES,
  SOURCE_RELIABILITY,
  SOURCING_GRADES,
} from './enums.ts'
import { TEXT_LIMITS } from './limits.ts'

// Sizes are bounded everywhere: a claim is a sentence, not a document.
const Text = (max: number) => z.string().trim().min(1).max(max)
const Version = z.number().int().positive().meta({ description: 'The version you read (or send If-Match)' })
const Offset = z.number().int().nonnegative().max(10_000_000)
const Hedges = z.array(Text(100)).max(20)
const EntityIds = z.array(z.uuid()).max(20)

export const ClaimParamsSchema = z.strictObject({ claimId: z.uuid() })
export const ArticleClaimParamsSchema = z.strictObject({ articleId: z.uuid() })

export const CreateClaimSchema = z.strictObject({
  /** The article version the selection was made on; defaults to the current one. */
  articleVersionId: z.uuid().optional(),
  start: Offset,
  end: Offset,
  /** What the client believes it selected; refused if the text there differs. */
  exact: z.string().max(20_000).optional(),
  statement: Text(TEXT_LIMITS.statement),
  headline: Text(TEXT_LIMITS.headline),
  kind: z.enum(CLAIM_KINDS),
  claimantId: z.uuid().nullable().optional(),
  subjectIds: EntityIds.optional(),
  hedges: Hedges.optional(),
})
export type CreateClaim = z.infer<typeof CreateClaimSchema>

export const UpdateClaimSchema = z.strictObject({
  version: Version.optional(),
  statement: Text(TEXT_LIMITS.statement).optional(),
  headline: Text(TEXT_LIMITS.headline).optional(),
  kind: z.enum(CLAIM_KINDS).optional(),
  claimantId: z.uuid().nullable().optional(),
  subjectIds: EntityIds.optional(),
  hedges: Hedges.optional(),
  verdictRatingId: z.uuid().nullable().optional(),
  rationale: z.string().trim().max(TEXT_LIMITS.rationale).nullable().optional(),
  assigneeId: z.uuid().nullable().optional(),
})
export type UpdateClaim = z.infer<typeof UpdateClaimSchema>

export const ReanchorClaimSchema = z.strictObject({
  version: Version.optional(),
  start: Offset,
  end: Offset,
  exact: z.string().max(20_000).optional(),
})
export type ReanchorClaim = z.infer<typeof ReanchorClaimSchema>

export const TransitionSchema = z.strictObject({
  version: Version.optional(),
  comment: z.string().trim().min(1).max(TEXT_LIMITS.reviewComment).optional(),
})
export type TransitionInput = z.infer<typeof TransitionSchema>

export const CorrectClaimSchema = z.strictObject({
  version: Version.optional(),
  whatChanged: Text(TEXT_LIMITS.correction),
  reason: Text(TEXT_LIMITS.correction),
  changes: z
    .strictObject({
      statement: Text(TEXT_LIMITS.statement).optional(),
      headline: Text(TEXT_LIMITS.headline).optional(),
      verdictRatingId: z.uuid().optional(),
      rationale: Text(TEXT_LIMITS.rationale).optional(),
    })
    .optional(),
})
export type CorrectClaim = z.infer<typeof CorrectClaimSchema>

export const RetractClaimSchema = z.strictObject({
  version: Version.optional(),
  reason: Text(TEXT_LIMITS.correction),
})
export type RetractClaim = z.infer<typeof RetractClaimSchema>

export const HopInputSchema = z
  .strictObject({
    entityId: z.uuid(),
    role: z.enum(HOP_ROLES),
    named: z.boolean(),
    onRecord: z.boolean(),
    access: z.enum(HOP_ACCESS).default('unknown'),
    anonymityReasonGiven: z.boolean().default(false),
    cue: z.string().trim().min(1).max(200).nullable().optional(),
    cueStart: Offset.nullable().optional(),
    cueEnd: Offset.nullable().optional(),
  })
  .refine((h) => (h.cueStart == null) === (h.cueEnd == null), {
    message: 'cueStart and cueEnd go together',
    path: ['cueEnd'],
  })
export type HopInput = z.infer<typeof HopInputSchema>

export const ChainInputSchema = z.strictObject({
  version: Version.optional(),
  hops: z.array(HopInputSchema).min(1).max(12),
})
export type ChainInput = z.infer<typeof ChainInputSchema>
export const ChainParamsSchema = z.strictObject({ chainId: z.uuid() })
export const ReorderChainsSchema = z.strictObject({
  version: Version.optional(),
  chainIds: z.array(z.uuid()).min(1).max(50),
})
export type ReorderChains = z.infer<typeof ReorderChainsSchema>

export const ResponseInputSchema = z
  .strictObject({
    version: Version.optional(),
    entityId: z.uuid(),
    stance: z.enum(RESPONSE_STANCES),
    words: z.string().trim().max(5_000).nullable().optional(),
    start: Offset.nullable().optional(),
    end: Offset.nullable().optional(),
    addressesPart: z.string().trim().max(1_000).nullable().optional(),
    channel: z.enum(REPLY_CHANNELS).nullable().optional(),
    respondedOn: CalendarDateSchema.nullable().optional(),
  })
  .refine((r) => (r.start == null) === (r.end == null), {
    message: 'start and end go together',
    path: ['end'],
  })
export type ResponseInput = z.infer<typeof ResponseInputSchema>
export const ResponseParamsSchema = z.strictObject({ responseId: z.uuid() })

export const ReplyRequestInputSchema = z
  .strictObject({
    version: Version.optional(),
    entityId: z.uuid(),
    channel: z.enum(REPLY_CHANNELS),
    requestedAt: IsoDateTimeSchema,
    deadline: IsoDateTimeSchema,
    note: z.string().trim().max(2_000).nullable().optional(),
    responseId: z.uuid().nullable().optional(),
  })
  .refine((r) => Date.parse(r.deadline) >= Date.parse(r.requestedAt), {
    message: 'deadline must not be before requestedAt',
    path: ['deadline'],
  })
export type ReplyRequestInput = z.infer<typeof ReplyRequestInputSchema>
export const ReplyRequestParamsSchema = z.strictObject({ replyRequestId: z.uuid() })

export const EvidenceInputSchema = z.strictObject({
  version: Version.optional(),
  relation: z.enum(EVIDENCE_RELATIONS),
  url: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .max(2_000)
    .nullable()
    .optional(),
  title: Text(300),
  note: z.string().trim().max(5_000).nullable().optional(),
})
export type EvidenceInput = z.infer<typeof EvidenceInputSchema>
export const EvidenceParamsSchema = z.strictObject({ evidenceId: z.uuid() })
export const EvidenceCaptureParamsSchema = z.strictObject({ evidenceId: z.uuid(), captureId: z.uuid() })
export const SnapshotQuerySchema = z.strictObject({
  raw: z
    .enum(['0', '1'])
    .optional()
    .meta({ description: '1: the bytes as fetched, as an attachment; otherwise the extracted text' }),
})

export const NoteInputSchema = z.strictObject({ body: Text(TEXT_LIMITS.note) })

export const ClaimListQuerySchema = z.strictObject({
  status: z.enum(CLAIM_STATUSES).optional(),
  articleId: z.uuid().optional(),
  assignee: z.enum(['me']).optional(),
  orphaned: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: CursorSchema.optional(),
})
export type ClaimListQuery = z.infer<typeof ClaimListQuerySchema>

/** DELETE carries the version it read in If-Match or `?version=`. */
export const VersionQuerySchema = z.strictObject({ version: z.coerce.number().int().positive().optional() })

/** The editor's sourcing assessment (NATO STANAG 2511 / Admiralty code), kept apart from the verdict. */
export const AssessmentInputSchema = z
  .strictObject({
    version: Version.optional(),
    informationCredibility: z.enum(INFORMATION_CREDIBILITY).nullable().optional(),
    sourceReliability: z
      .array(z.strictObject({ entityId: z.uuid(), reliability: z.enum(SOURCE_RELIABILITY) }))
      .max(50)
      .optional(),
    overrideGrade: z.enum(SOURCING_GRADES).nullable().optional(),
    overrideReason: z.string().trim().max(2_000).nullable().optional(),
  })
  .refine((a) => !a.overrideGrade || (a.overrideReason && a.overrideReason.length > 0), {
    message: 'an override needs a reason',
    path: ['overrideReason'],
  })
export type AssessmentInput = z.infer<typeof AssessmentInputSchema>
