import {
  AcceptSuggestionSchema,
  ArticleClaimParamsSchema,
  ArticleSuggestionsSchema,
  ClaimDetailSchema,
  ComputeSuggestionsSchema,
  DismissSuggestionSchema,
  ErrorSchema,
  SuggestionDecisionSchema,
  SuggestionsJobSchema,
} from '@claimtrail/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { actorOf, requireRole } from '../../plugins/auth.ts'
import type { SuggestionsService } from '../../services/suggestions/suggestions-service.ts'
import { sendClaim } from '../claims/claim-reply.ts'

const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema }
const desk = requireRole('checker')

export const suggestionsRoutes: FastifyPluginAsyncZod<{ suggestions: SuggestionsService }> = async (
  app,
  { suggestions },
) => {
  app.post(
    '/articles/:articleId/suggestions',
    {
      onRequest: desk,
      schema: {
        tags: ['suggestions'],
        summary:
          'Compute suggested claims (attributions, relays, responses, hedges, check-worthiness) for the article’s current version. A long text (JOB_THRESHOLD_CHARS) answers 202 with a job to watch at /api/v1/jobs/{id}, whose result is the suggestions',
        params: ArticleClaimParamsSchema,
        body: ComputeSuggestionsSchema,
        // 422: past its deadline in the worker pool (TASK_TIMEOUT_MS); 429: too many jobs waiting;
        // 503: the pool's queue is full.
        response: {
          200: ArticleSuggestionsSchema,
          202: SuggestionsJobSchema,
          ...errors,
          422: ErrorSchema,
          429: ErrorSchema,
          503: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const result = await suggestions.compute(actorOf(request), request.params.articleId, request.body)
      if ('job' in result)
        return reply.status(202).header('location', `/api/v1/jobs/${result.job.id}`).send(result.job)
      return result
    },
  )

  app.post(
    '/articles/:articleId/suggestions/accept',
    {
      onRequest: desk,
      schema: {
        tags: ['suggestions'],
        summary:
          'Accept one suggestion (statement, headline and kind may be edited): a draft claim with its chain and responses',
        params: ArticleClaimParamsSchema,
        body: AcceptSuggestionSchema,
        response: { 201: ClaimDetailSchema, ...errors, 409: ErrorSchema },
      },
    },
    async (request, reply) =>
      sendClaim(
        reply,
        await suggestions.accept(actorOf(request), request.params.articleId, request.body),
        201,
      ),
  )

  app.post(
    '/articles/:articleId/suggestions/dismiss',
    {
      onRequest: desk,
      schema: {
        tags: ['suggestions'],
        summary:
          'Dismiss one suggestion for every checker, saying what was wrong with it (recorded with the extractor version)',
        params: ArticleClaimParamsSchema,
        body: DismissSuggestionSchema,
        response: { 201: SuggestionDecisionSchema, ...errors, 409: ErrorSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await suggestions.dismiss(actorOf(request), request.params.articleId, request.body)),
  )
}
