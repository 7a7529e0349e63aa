import { z } from 'zod'

// "The article changed after publication" (design.md, Workflow): when a new version of an article
// arrives, each of its published claims gets a flag for editors, resolved by a correction or
// dismissed with a note.

export const ARTICLE_CHANGE_KINDS = ['unchanged', 'changed', 'gone'] as const
export const ARTICLE_CHANGE_RESOLUTIONS = ['corrected', 'dismissed', 'superseded'] as const

export const QuotedPassageSchema = z.object({
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().meta({ description: 'The paragraph around the quote' }),
  textStart: z.number().int().nonnegative(),
})
export type QuotedPassageDto = z.infer<typeof QuotedPassageSchema>

const VersionRefSchema = z.object({
  id: z.uuid(),
  number: z.number().int().positive(),
  importedAt: z.string(),
})

export const ArticleChangeFlagSchema = z.object({
  id: z.uuid(),
  version: z.number().int().positive(),
  claim: z.object({ id: z.uuid(), headline: z.string(), status: z.string() }),
  article: z.object({ id: z.uuid(), title: z.string() }),
  kind: z.enum(ARTICLE_CHANGE_KINDS).meta({
    description:
      'unchanged: the quote and its paragraph read as before; changed: they read differently; gone: the quote was not found',
  }),
  /** The version the public record quotes, and the version that arrived. */
  fromVersion: VersionRefSchema,
  toVersion: VersionRefSchema,
  before: QuotedPassageSchema,
  after: QuotedPassageSchema.nullable(),
  resolution: z.enum(ARTICLE_CHANGE_RESOLUTIONS).nullable(),
  resolutionNote: z.string().nullable(),
  resolvedBy: z.string().nullable().meta({ description: 'The editor’s display name' }),
  resolvedAt: z.string().nullable(),
  createdAt: z.string(),
})
export type ArticleChangeFlag = z.infer<typeof ArticleChangeFlagSchema>

export const ArticleChangeFlagListSchema = z.object({ items: z.array(ArticleChangeFlagSchema) })
export type ArticleChangeFlagList = z.infer<typeof ArticleChangeFlagListSchema>

export const ArticleChangeFlagParamsSchema = z.strictObject({ flagId: z.uuid() })

export const DismissArticleChangeSchema = z.strictObject({
  version: z.number().int().positive().optional(),
  note: z.string().trim().min(1).max(2_000).meta({ description: 'Why the flag needs no correction' }),
  tellReaders: z.boolean().default(false).meta({
    description:
      'Show readers "the article was edited after this check" on the claim page (for a changed or gone passage)',
  }),
})
export type DismissArticleChange = z.infer<typeof DismissArticleChangeSchema>
