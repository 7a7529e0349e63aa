import {
  ErrorSchema,
  RatingScaleListSchema,
  RatingScaleParamsSchema,
  RatingScaleSchema,
  UpdateRatingScaleSchema,
} from '@claimtrail/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { actorOf, requireRole } from '../../plugins/auth.ts'
import { etagOf } from '../../services/concurrency.ts'
import type { RatingScalesService } from '../../services/rating-scales-service.ts'

export const ratingScalesRoutes: FastifyPluginAsyncZod<{ scales: RatingScalesService }> = async (
  app,
  { scales },
) => {
  app.get(
    '/rating-scales',
    {
      onRequest: requireRole('checker'),
      schema: {
        tags: ['rating scales'],
        summary: 'Rating scales with their ratings in order (retired ones last)',
        response: { 200: RatingScaleListSchema, 401: ErrorSchema },
      },
    },
    async () => ({ items: await scales.list() }),
  )

  app.put(
    '/rating-scales/:scaleId',
    {
      onRequest: requireRole('admin'),
      schema: {
        tags: ['rating scales'],
        summary: 'Replace a scale’s ratings in order; published verdicts keep the ratings they used',
        params: RatingScaleParamsSchema,
        body: UpdateRatingScaleSchema,
        response: {
          200: RatingScaleSchema,
          400: ErrorSchema,
          401: ErrorSchema,
          403: ErrorSchema,
          404: ErrorSchema,
          409: ErrorSchema,
          428: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const scale = await scales.update(
        actorOf(request),
        request.params.scaleId,
        request.body,
        request.headers['if-match'],
      )
      reply.header('etag', etagOf('rating_scale', scale.id, scale.version))
      return scale
    },
  )
}
