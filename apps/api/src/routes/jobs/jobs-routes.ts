import { ErrorSchema, JobIdParamsSchema, JobSchema } from '@claimtrail/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { actorOf, requireRole } from '../../plugins/auth.ts'
import type { JobsService } from '../../services/jobs/jobs-service.ts'

export const jobsRoutes: FastifyPluginAsyncZod<{ jobs: JobsService }> = async (app, { jobs }) => {
  app.get(
    '/jobs/:jobId',
    {
      onRequest: requireRole('checker'),
      schema: {
        tags: ['jobs'],
        summary: 'A long job: its step, and its result or why it failed (its owner and editors only)',
        params: JobIdParamsSchema,
        response: { 200: JobSchema, 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema },
      },
    },
    (request) => jobs.get(actorOf(request), request.params.jobId),
  )
}
