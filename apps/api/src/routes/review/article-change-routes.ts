import {
  ArticleChangeFlagListSchema,
  ArticleChangeFlagParamsSchema,
  ArticleChangeFlagSchema,
  ClaimParamsSchema,
  DismissArticleChangeSchema,
  ErrorSchema,
} from '@claimtrail/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { actorOf, requireRole } from '../../plugins/auth.ts'
import type { ArticleChangeFlagsService } from '../../services/article-change-flags-service.ts'
import { etagOf } from '../../services/concurrency.ts'

const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema }
const editors = requireRole('editor')
const tags = ['review']

/** "The article changed after publication": the flags editors resolve (design.md, Workflow). */
export const articleChangeRoutes: FastifyPluginAsyncZod<{ flags: ArticleChangeFlagsService }> = async (
  app,
  { flags },
) => {
  app.get(
    '/review/article-changes',
    {
      onRequest: editors,
      schema: {
        tags,
        summary:
          'Open "article changed after publication" flags, newest first, with the passages before and after',
        response: { 200: ArticleChangeFlagListSchema, 401: ErrorSchema, 403: ErrorSchema },
      },
    },
    () => flags.listOpen(),
  )

  app.get(
    '/claims/:claimId/article-changes',
    {
      onRequest: editors,
      schema: {
        tags,
        summary: 'Every "article changed after publication" flag of a claim, open and resolved',
        params: ClaimParamsSchema,
        response: { 200: ArticleChangeFlagListSchema, ...errors },
      },
    },
    (request) => flags.ofClaim(request.params.claimId),
  )

  app.post(
    '/article-changes/:flagId/dismiss',
    {
      onRequest: editors,
      schema: {
        tags,
        summary:
          'Dismiss a flag with a note (no correction needed); optionally tell readers the article was edited after the check',
        params: ArticleChangeFlagParamsSchema,
        body: DismissArticleChangeSchema,
        response: { 200: ArticleChangeFlagSchema, 409: ErrorSchema, 428: ErrorSchema, ...errors },
      },
    },
    async (request, reply) => {
      const flag = await flags.dismiss(
        actorOf(request),
        request.params.flagId,
        request.body,
        request.headers['if-match'],
      )
      return reply.header('etag', etagOf('article_change', flag.id, flag.version)).send(flag)
    },
  )
}
