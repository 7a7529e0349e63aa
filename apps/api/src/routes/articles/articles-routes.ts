import {
  ArticleDetailSchema,
  ArticleListQuerySchema,
  ArticleListSchema,
  ArticleParamsSchema,
  ErrorSchema,
} from '@claimtrail/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { ArticlesService } from '../../services/articles-service.ts'

export const articlesRoutes: FastifyPluginAsyncZod<{ articles: ArticlesService }> = async (
  app,
  { articles },
) => {
  app.get(
    '/articles',
    {
      schema: {
        tags: ['articles'],
        summary: 'Articles under review, newest first, a page at a time; search by title or outlet',
        querystring: ArticleListQuerySchema,
        response: { 200: ArticleListSchema, 400: ErrorSchema },
      },
    },
    (request) => articles.list(request.viewer, request.query),
  )

  app.get(
    '/articles/:articleId',
    {
      schema: {
        tags: ['articles'],
        summary: 'An article’s current text with the claims marked in it',
        params: ArticleParamsSchema,
        response: { 200: ArticleDetailSchema, 404: ErrorSchema },
      },
    },
    (request) => articles.get(request.viewer, request.params.articleId),
  )
}
