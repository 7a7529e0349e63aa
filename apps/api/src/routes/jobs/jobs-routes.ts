import { ErrorSchema, JobIdParamsSchema, JobSchema } from '@claimtrail/contracts'
import type { FastifyReply } from 'fastify'
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
    async (request, reply) => {
      const answer = await jobs.answer(actorOf(request), request.params.jobId)
      if (typeof answer !== 'string') return answer
      // A job with a result comes as JSON text already (job-answer.ts): sent as it is, which the
      // schema-typed reply does not know of.
      return (reply as unknown as FastifyReply).type('application/json').send(answer)
    },
  )
}
