import {
  AssessmentInputSchema,
  ClaimDetailSchema,
  ClaimParamsSchema,
  DashboardSchema,
  ErrorSchema,
  ReviewQueueSchema,
} from '@claimtrail/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { actorOf, requireRole } from '../../plugins/auth.ts'
import type { ClaimAssessmentService } from '../../services/claims/claim-assessment-service.ts'
import type { DashboardService } from '../../services/dashboard-service.ts'
import type { ReviewQueueService } from '../../services/review-queue-service.ts'
import { sendClaim } from '../claims/claim-reply.ts'

const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema }
const editors = requireRole('editor')

/** Editorial review: the sourcing assessment and the desk's dashboard. */
export const reviewRoutes: FastifyPluginAsyncZod<{
  assessment: ClaimAssessmentService
  dashboard: DashboardService
  reviewQueue: ReviewQueueService
}> = async (app, { assessment, dashboard, reviewQueue }) => {
  app.get(
    '/review/queue',
    {
      onRequest: editors,
      schema: {
        tags: ['review'],
        summary:
          'Claims in review, oldest submission first, with their checker, proposed verdict and sourcing grade',
        response: { 200: ReviewQueueSchema, 401: ErrorSchema, 403: ErrorSchema },
      },
    },
    () => reviewQueue.list(),
  )

  app.put(
    '/claims/:claimId/assessment',
    {
      onRequest: editors,
      schema: {
        tags: ['review'],
        summary:
          'Rate origin sources (Admiralty A–F) and the claim’s credibility (1–6); override the computed grade with a reason',
        params: ClaimParamsSchema,
        body: AssessmentInputSchema,
        response: { 200: ClaimDetailSchema, 409: ErrorSchema, 428: ErrorSchema, ...errors },
      },
    },
    async (request, reply) =>
      sendClaim(
        reply,
        await assessment.assess(
          actorOf(request),
          request.params.claimId,
          request.body,
          request.headers['if-match'],
        ),
      ),
  )

  app.get(
    '/dashboard',
    {
      onRequest: editors,
      schema: {
        tags: ['review'],
        summary: 'Counts by status and sourcing grade, overdue reply requests, time from submit to publish',
        response: { 200: DashboardSchema, 401: ErrorSchema, 403: ErrorSchema },
      },
    },
    () => dashboard.get(),
  )
}
