import { z } from 'zod'
import { ImportedVersionSchema } from './article-import.ts'
import { IdSchema } from './common.ts'
import { WatchCheckResultSchema } from './source-watch.ts'
import { ArticleSuggestionsSchema } from './suggestions.ts'

// Long work the desk watches (ADR 014): a request whose work may take long answers 202 with a
// job, and the workspace polls GET /api/v1/jobs/:id until it has succeeded or failed. Four kinds:
// a long new version's import, the suggestions of a long article, an evidence capture, and a
// watched source's check.

export const JOB_KINDS = [
  'article_version.import',
  'article.suggestions',
  'evidence.capture',
  'source_watch.check',
] as const
export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const
export const JOB_PHASES = ['queued', 'computing', 'writing', 'done'] as const

const JobFields = {
  id: z.uuid(),
  status: z.enum(JOB_STATUSES),
  phase: z.enum(JOB_PHASES).meta({
    description:
      'queued; computing (re-anchoring or suggestions, in a worker thread); writing (the import’s one transaction); done',
  }),
  articleId: z.uuid().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  deadlineAt: z.string().meta({ description: 'A job not finished by then fails, writing nothing' }),
  error: z
    .object({ code: z.string(), message: z.string() })
    .nullable()
    .meta({ description: 'Why it failed; nothing was written' }),
}

export const ImportJobSchema = z.object({
  ...JobFields,
  kind: z.literal('article_version.import'),
  result: ImportedVersionSchema.nullable().meta({ description: 'What the import did, once succeeded' }),
})

export const SuggestionsJobSchema = z.object({
  ...JobFields,
  kind: z.literal('article.suggestions'),
  result: ArticleSuggestionsSchema.nullable().meta({
    description: 'The suggestions of the version current when the job ran, once succeeded',
  }),
})

export const EvidenceCaptureJobSchema = z.object({
  ...JobFields,
  kind: z.literal('evidence.capture'),
  result: z.null().meta({ description: 'A capture shows on its evidence, not here' }),
})

export const SourceCheckJobSchema = z.object({
  ...JobFields,
  kind: z.literal('source_watch.check'),
  result: WatchCheckResultSchema.nullable().meta({ description: 'What the check found, once succeeded' }),
})

export const JobSchema = z.discriminatedUnion('kind', [
  ImportJobSchema,
  SuggestionsJobSchema,
  EvidenceCaptureJobSchema,
  SourceCheckJobSchema,
])
export type Job = z.infer<typeof JobSchema>

export const JobIdParamsSchema = z.strictObject({ jobId: IdSchema })

/** What POST /articles/:id/versions answers: the import done (200/201), or a job to watch (202). */
export const ImportVersionAnswerSchema = z.union([ImportedVersionSchema, JobSchema])
export type ImportVersionAnswer = z.infer<typeof ImportVersionAnswerSchema>

/** What POST /articles/:id/suggestions answers: the suggestions (200), or for a long article a job to watch (202). */
export const ComputeSuggestionsAnswerSchema = z.union([ArticleSuggestionsSchema, SuggestionsJobSchema])
export type ComputeSuggestionsAnswer = z.infer<typeof ComputeSuggestionsAnswerSchema>
export type ImportJob = z.infer<typeof ImportJobSchema>
export type SuggestionsJob = z.infer<typeof SuggestionsJobSchema>
