import { z } from 'zod'
import { ClaimInArticleSchema } from './claims.ts'
import { CursorSchema, IdSchema } from './common.ts'

export const ArticleSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  byline: z.string().nullable(),
  publishedAt: z.string().nullable().meta({ description: 'Publication date of the article (YYYY-MM-DD)' }),
  language: z.string(),
  claimCount: z.number().int().nonnegative(),
})
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>

export const ArticleVersionSchema = z.object({
  id: z.uuid(),
  number: z.number().int().positive(),
  sha256: z.string().length(64),
  body: z.string(),
  importedAt: z.string(),
})
export type ArticleVersion = z.infer<typeof ArticleVersionSchema>

/** The article reader: the current version's text and every claim the caller may see. */
export const ArticleDetailSchema = ArticleSummarySchema.extend({
  version: ArticleVersionSchema,
  claims: z.array(ClaimInArticleSchema),
})
export type ArticleDetail = z.infer<typeof ArticleDetailSchema>

export const ArticleParamsSchema = z.object({ articleId: IdSchema })

/** One page of articles, newest first; `nextCursor` fetches the next page (null on the last). */
export const ArticleListSchema = z.object({
  items: z.array(ArticleSummarySchema),
  nextCursor: z.string().nullable(),
})
export type ArticleList = z.infer<typeof ArticleListSchema>

export const ArticleListQuerySchema = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: 'Text to find in the title or the outlet’s name (case-insensitive)' }),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: CursorSchema.optional(),
})
export type ArticleListQuery = z.infer<typeof ArticleListQuerySchema>
