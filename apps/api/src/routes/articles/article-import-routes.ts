import {
  ArticleIdParamsSchema,
  ArticleVersionBodySchema,
  ArticleVersionListSchema,
  ArticleVersionParamsSchema,
  CreateArticleSchema,
  CreatedArticleSchema,
  ErrorSchema,
  ImportArticleVersionSchema,
  ImportedVersionSchema,
  JobSchema,
  MAX_ARTICLE_SOURCE_LENGTH,
  OrphanListSchema,
} from '@claimtrail/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { actorOf, requireRole } from '../../plugins/auth.ts'
import type { ArticleImportService } from '../../services/article-import-service.ts'

const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema }
// A fetch that cannot be used (422: too large, not a page, no text) or that failed (502).
const importErrors = { ...errors, 413: ErrorSchema, 422: ErrorSchema, 502: ErrorSchema, 503: ErrorSchema }
const deskOnly = requireRole('checker')

/**
 * Room for the largest text accepted, whatever its characters: JSON carries up to three UTF-8
 * bytes per UTF-16 code unit (a curly quote is three), plus the other fields. Anything bigger is
 * refused with a 413 before it is parsed.
 */
export const IMPORT_BODY_LIMIT = 3 * MAX_ARTICLE_SOURCE_LENGTH + 64 * 1024

export const articleImportRoutes: FastifyPluginAsyncZod<{ articleImport: ArticleImportService }> = async (
  app,
  { articleImport },
) => {
  app.post(
    '/articles',
    {
      onRequest: deskOnly,
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags: ['articles'],
        summary: 'Create an article from its text, an HTML page, or a URL the server fetches',
        body: CreateArticleSchema,
        response: { 201: CreatedArticleSchema, ...importErrors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await articleImport.create(actorOf(request), request.body)),
  )

  app.post(
    '/articles/:articleId/versions',
    {
      onRequest: deskOnly,
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags: ['articles'],
        summary:
          'Import a new text of an article; a changed text makes a new version and re-anchors every claim. A long text (JOB_THRESHOLD_CHARS) answers 202 with a job to watch at /api/v1/jobs/{id}',
        params: ArticleIdParamsSchema,
        body: ImportArticleVersionSchema,
        response: {
          200: ImportedVersionSchema,
          201: ImportedVersionSchema,
          202: JobSchema,
          ...importErrors,
          409: ErrorSchema,
          429: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const result = await articleImport.importVersion(
        actorOf(request),
        request.params.articleId,
        request.body,
      )
      if ('job' in result)
        return reply.status(202).header('location', `/api/v1/jobs/${result.job.id}`).send(result.job)
      return reply.status(result.created ? 201 : 200).send(result)
    },
  )

  app.get(
    '/articles/:articleId/versions',
    {
      onRequest: deskOnly,
      schema: {
        tags: ['articles'],
        summary: 'Every version of an article’s text, oldest first (without the bodies)',
        params: ArticleIdParamsSchema,
        response: { 200: ArticleVersionListSchema, ...errors },
      },
    },
    (request) => articleImport.listVersions(request.params.articleId),
  )

  app.get(
    '/articles/:articleId/versions/:number',
    {
      onRequest: deskOnly,
      schema: {
        tags: ['articles'],
        summary: 'One version of an article’s text',
        params: ArticleVersionParamsSchema,
        response: { 200: ArticleVersionBodySchema, ...errors },
      },
    },
    (request) => articleImport.getVersion(request.params.articleId, request.params.number),
  )

  app.get(
    '/articles/:articleId/orphans',
    {
      onRequest: deskOnly,
      schema: {
        tags: ['articles'],
        summary: 'Claims that could not be re-anchored in the current text, for a human to place',
        params: ArticleIdParamsSchema,
        response: { 200: OrphanListSchema, ...errors },
      },
    },
    (request) => articleImport.orphans(request.params.articleId),
  )
}
