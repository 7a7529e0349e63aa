import {
  ErrorSchema,
  JobSchema,
  SourceWatchChangeSchema,
  WatchChangeIdParamsSchema,
  WatchedSourceIdParamsSchema,
  WatchListSchema,
} from '@claimtrail/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { actorOf, requireRole } from '../../plugins/auth.ts'
import type { SourceWatchService } from '../../services/source-watch/watch-service.ts'

const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema }
const editors = requireRole('editor')
const tags = ['watch']

/** Sources watched: articles from a web address and evidence links (docs/decisions/021-source-watching.md). */
export const watchRoutes: FastifyPluginAsyncZod<{ watch: SourceWatchService }> = async (app, { watch }) => {
  app.get(
    '/watch',
    {
      onRequest: editors,
      schema: {
        tags,
        summary: 'Every watched address: when it was last checked, its status, and its latest change',
        response: { 200: WatchListSchema, 401: ErrorSchema, 403: ErrorSchema },
      },
    },
    () => watch.list(),
  )

  app.post(
    '/watch/:watchId/check',
    {
      onRequest: editors,
      schema: {
        tags,
        summary: 'Check a watched address now: 202 with the job to follow at /api/v1/jobs/{id}',
        params: WatchedSourceIdParamsSchema,
        response: { 202: JobSchema, ...errors, 429: ErrorSchema },
      },
    },
    async (request, reply) => {
      const job = await watch.checkNow(actorOf(request), request.params.watchId)
      return reply.status(202).header('location', `/api/v1/jobs/${job.id}`).send(job)
    },
  )

  app.post(
    '/watch/changes/:changeId/acknowledge',
    {
      onRequest: editors,
      schema: {
        tags,
        summary: 'Acknowledge a change a check found (the first acknowledgement is kept)',
        params: WatchChangeIdParamsSchema,
        response: { 200: SourceWatchChangeSchema, ...errors },
      },
    },
    (request) => watch.acknowledge(actorOf(request), request.params.changeId),
  )
}
