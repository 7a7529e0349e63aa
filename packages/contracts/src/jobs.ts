import { z } from 'zod'
import { ImportedVersionSchema } from './article-import.ts'
import { IdSchema } from './common.ts'
import { WatchCheckResultSchema } from './source-watch.ts'

// Long work the desk watches (ADR 014): a request whose work may take long answers 202 with a
// job, and the workspace polls GET /api/v1/jobs/:id until it has succeeded or failed.

export const JOB_KINDS = ['article_version.import', 'source_watch.check'] as const
export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const
export const JOB_PHASES = ['queued', 'computing', 'writing', 'done'] as const

export const JobSchema = z.object({
  id: z.uuid(),
  kind: z.enum(JOB_KINDS),
  status: z.enum(JOB_STATUSES),
  phase: z.enum(JOB_PHASES).meta({
    description: 'queued; computing (re-anchoring in a worker thread); writing (one transaction); done',
  }),
  articleId: z.uuid().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  deadlineAt: z.string().meta({ description: 'A job not finished by then fails, writing nothing' }),
  result: z
    .union([ImportedVersionSchema, WatchCheckResultSchema])
    .nullable()
    .meta({ description: 'What the import or the source check did, once succeeded' }),
  error: z
    .object({ code: z.string(), message: z.string() })
    .nullable()
    .meta({ description: 'Why it failed; nothing was written' }),
})
export type Job = z.infer<typeof JobSchema>

export const JobIdParamsSchema = z.strictObject({ jobId: IdSchema })

/** What POST /articles/:id/versions answers: the import done (200/201), or a job to watch (202). */
export const ImportVersionAnswerSchema = z.union([ImportedVersionSchema, JobSchema])
export type ImportVersionAnswer = z.infer<typeof ImportVersionAnswerSchema>
