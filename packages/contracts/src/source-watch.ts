import { z } from 'zod'
import { IdSchema } from './common.ts'

// Sources watched (docs/decisions/021-source-watching.md): articles imported from a web address
// and evidence links, re-checked on a schedule; what changed is listed for editors to acknowledge.

export const WATCH_KINDS = ['article', 'evidence'] as const
export const WATCH_STATUSES = ['alive', 'dead'] as const
export const WATCH_CHANGE_KINDS = ['changed', 'dead', 'recovered'] as const

export const SourceWatchChangeSchema = z.object({
  id: z.uuid(),
  kind: z.enum(WATCH_CHANGE_KINDS),
  detectedAt: z.string(),
  httpStatus: z.number().int().nullable(),
  diff: z.string().nullable().meta({
    description:
      'Unified diff of the extracted texts (evidence); null for an article (see its versions) or a diff too large to show',
  }),
  summary: z.string().nullable().meta({
    description:
      'For evidence that is not text (PDF, image), compared by its bytes: "bytes changed: sha256 a→b, size x→y"',
  }),
  articleVersionNumber: z
    .number()
    .int()
    .nullable()
    .meta({ description: 'The article version the changed page became' }),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: z
    .string()
    .nullable()
    .meta({ description: 'Display name of the editor who acknowledged it' }),
})
export type SourceWatchChange = z.infer<typeof SourceWatchChangeSchema>

export const WatchedSourceSchema = z.object({
  id: z.uuid(),
  kind: z.enum(WATCH_KINDS),
  /** What the address belongs to: the article, or the evidence (and its claim). */
  articleId: z.uuid().nullable(),
  evidenceId: z.uuid().nullable(),
  claimId: z.uuid().nullable(),
  title: z.string(),
  url: z.string(),
  nextCheckAt: z.string(),
  lastCheckedAt: z.string().nullable(),
  lastStatus: z.enum(WATCH_STATUSES).nullable(),
  lastHttpStatus: z.number().int().nullable(),
  lastError: z
    .string()
    .nullable()
    .meta({ description: 'Why the last check failed; the state shown is the last good one' }),
  lastChangeAt: z.string().nullable(),
  latestChange: SourceWatchChangeSchema.nullable(),
  unacknowledged: z.number().int().meta({ description: 'Changes no editor has acknowledged yet' }),
})
export type WatchedSource = z.infer<typeof WatchedSourceSchema>

export const WatchListSchema = z.object({ items: z.array(WatchedSourceSchema) })
export type WatchList = z.infer<typeof WatchListSchema>

export const WatchedSourceIdParamsSchema = z.strictObject({ watchId: IdSchema })
export const WatchChangeIdParamsSchema = z.strictObject({ changeId: IdSchema })

export const WATCH_CHECK_OUTCOMES = ['baseline', 'unchanged', 'changed', 'dead', 'recovered'] as const

/** What a check job found (the job's result). */
export const WatchCheckResultSchema = z.object({
  watchedSourceId: z.uuid(),
  outcome: z.enum(WATCH_CHECK_OUTCOMES),
  changeId: z.uuid().nullable(),
})
export type WatchCheckResult = z.infer<typeof WatchCheckResultSchema>
