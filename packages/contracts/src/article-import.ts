import { z } from 'zod'
import { AnchorSchema } from './anchors.ts'
import { ArticleSummarySchema } from './articles.ts'
import { CalendarDateSchema, IdSchema } from './common.ts'
import { CLAIM_STATUSES } from './enums.ts'

/**
 * Longest article text (or HTML page sent inline) accepted, in UTF-16 code units: 2 MiB.
 * A long feature runs to 100 000 characters, so this only stops abuse.
 */
export const MAX_ARTICLE_SOURCE_LENGTH = 2 * 1024 * 1024
/** Longest URL accepted for an import. */
export const MAX_ARTICLE_URL_LENGTH = 2048

const HttpUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
  .max(MAX_ARTICLE_URL_LENGTH)

/** Where the text of an article version comes from. Offsets of anchors refer to the plain text. */
export const ArticleSourceSchema = z.discriminatedUnion('format', [
  z
    .strictObject({
      format: z.literal('text'),
      text: z.string().max(MAX_ARTICLE_SOURCE_LENGTH),
    })
    .meta({ description: 'Plain text, stored as sent (CRLF line ends become LF)' }),
  z
    .strictObject({
      format: z.literal('html'),
      html: z.string().max(MAX_ARTICLE_SOURCE_LENGTH).regex(/\S/, 'is empty'),
    })
    .meta({
      description:
        'An HTML page: its main text is extracted (Readability) as paragraphs separated by blank lines',
    }),
  z
    .strictObject({ format: z.literal('url'), url: HttpUrl })
    .meta({ description: 'A page the server fetches (http/https, public addresses only), then as html' }),
])
export type ArticleSource = z.infer<typeof ArticleSourceSchema>
export const ARTICLE_SOURCE_FORMATS = ['text', 'html', 'url'] as const

export const CreateArticleSchema = z.strictObject({
  title: z.string().trim().min(1).max(500),
  outlet: IdSchema.nullable().optional().meta({ description: 'Entity id of the outlet (kind outlet)' }),
  url: HttpUrl.nullable().optional(),
  byline: z.string().trim().min(1).max(500).nullable().optional(),
  publishedOn: CalendarDateSchema.nullable()
    .optional()
    .meta({ description: 'Publication date (YYYY-MM-DD)' }),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as en or fr-CA')
    .max(35)
    .optional(),
  source: ArticleSourceSchema,
})
export type CreateArticle = z.infer<typeof CreateArticleSchema>

export const ImportArticleVersionSchema = z.strictObject({ source: ArticleSourceSchema })
export type ImportArticleVersion = z.infer<typeof ImportArticleVersionSchema>

/** An article version without its body (which can be large): see GET …/versions/:number for that. */
export const ArticleVersionInfoSchema = z.object({
  id: z.uuid(),
  number: z.number().int().positive(),
  sha256: z.string().length(64),
  importedAt: z.string(),
  length: z.number().int().nonnegative().meta({ description: 'Length of the body in UTF-16 code units' }),
  sourceFormat: z.enum(ARTICLE_SOURCE_FORMATS),
})
export type ArticleVersionInfo = z.infer<typeof ArticleVersionInfoSchema>

export const ArticleVersionBodySchema = ArticleVersionInfoSchema.extend({ body: z.string() })
export type ArticleVersionBody = z.infer<typeof ArticleVersionBodySchema>

export const ArticleVersionListSchema = z.object({ items: z.array(ArticleVersionInfoSchema) })
export type ArticleVersionList = z.infer<typeof ArticleVersionListSchema>

export const ArticleIdParamsSchema = z.strictObject({ articleId: IdSchema })
export const ArticleVersionParamsSchema = z.strictObject({
  articleId: IdSchema,
  number: z.coerce.number().int().positive().max(1_000_000),
})

export const CreatedArticleSchema = z.object({
  article: ArticleSummarySchema,
  version: ArticleVersionInfoSchema,
})
export type CreatedArticle = z.infer<typeof CreatedArticleSchema>

/** How the article's claims fared when a new version arrived (sums to the number of claims). */
export const ReanchorCountsSchema = z.object({
  position: z.number().int().nonnegative(),
  moved: z.number().int().nonnegative(),
  fuzzy: z.number().int().nonnegative(),
  orphaned: z.number().int().nonnegative(),
})
export type ReanchorCounts = z.infer<typeof ReanchorCountsSchema>

export const ImportedVersionSchema = z.discriminatedUnion('created', [
  z.object({
    created: z.literal(false).meta({ description: 'The text is the current version’s: nothing was written' }),
    version: ArticleVersionInfoSchema,
  }),
  z.object({
    created: z.literal(true),
    version: ArticleVersionInfoSchema,
    reanchored: ReanchorCountsSchema,
  }),
])
export type ImportedVersion = z.infer<typeof ImportedVersionSchema>

/** A claim whose anchor could not be placed in the article's current version: for a human to fix. */
export const OrphanClaimSchema = z.object({
  id: z.uuid(),
  version: z.number().int().positive(),
  status: z.enum(CLAIM_STATUSES),
  headline: z.string(),
  statement: z.string(),
  anchor: AnchorSchema,
  anchorVersionNumber: z
    .number()
    .int()
    .positive()
    .meta({ description: 'Number of the article version the anchor still points into' }),
})
export type OrphanClaim = z.infer<typeof OrphanClaimSchema>

export const OrphanListSchema = z.object({
  currentVersionNumber: z.number().int().positive(),
  items: z.array(OrphanClaimSchema),
})
export type OrphanList = z.infer<typeof OrphanListSchema>
