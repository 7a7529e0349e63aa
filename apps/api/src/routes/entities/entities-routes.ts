import {
  CreateEntitySchema,
  type Entity,
  EntityListSchema,
  EntityMergeResultSchema,
  EntityParamsSchema,
  EntitySchema,
  EntitySearchQuerySchema,
  ErrorSchema,
  MergeEntitySchema,
  UpdateEntitySchema,
} from '@claimtrail/contracts'
import type { FastifyReply } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { actorOf, requireRole } from '../../plugins/auth.ts'
import { etagOf } from '../../services/concurrency.ts'
import type { EntitiesService } from '../../services/entities-service.ts'

const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema }
const writeErrors = { ...errors, 404: ErrorSchema, 409: ErrorSchema, 428: ErrorSchema }
const IfMatchHeaders = z.looseObject({
  'if-match': z
    .string()
    .optional()
    .meta({ description: 'The ETag you read; alternatively send the version in the body' }),
})

/** A single entity goes out with its ETag, the version a later write must name. */
function withEtag(reply: FastifyReply, entity: Entity): Entity {
  reply.header('etag', etagOf('entity', entity.id, entity.version))
  return entity
}

export const entitiesRoutes: FastifyPluginAsyncZod<{ entities: EntitiesService }> = async (
  app,
  { entities },
) => {
  const checker = requireRole('checker')

  app.get(
    '/entities',
    {
      onRequest: checker,
      schema: {
        tags: ['entities'],
        summary: 'Search entities by name or alias (merged duplicates excluded), best matches first',
        querystring: EntitySearchQuerySchema,
        response: { 200: EntityListSchema, ...errors },
      },
    },
    (request) => entities.search(request.query),
  )

  app.get(
    '/entities/:entityId',
    {
      onRequest: checker,
      schema: {
        tags: ['entities'],
        summary: 'One entity; a merged one carries mergedIntoId to follow',
        params: EntityParamsSchema,
        response: { 200: EntitySchema, 404: ErrorSchema, ...errors },
      },
    },
    async (request, reply) => withEtag(reply, await entities.get(request.params.entityId)),
  )

  app.post(
    '/entities',
    {
      onRequest: checker,
      schema: {
        tags: ['entities'],
        summary: 'Create an entity',
        body: CreateEntitySchema,
        response: { 201: EntitySchema, 409: ErrorSchema, ...errors },
      },
    },
    async (request, reply) =>
      withEtag(reply.status(201), await entities.create(actorOf(request), request.body)),
  )

  app.patch(
    '/entities/:entityId',
    {
      onRequest: checker,
      schema: {
        tags: ['entities'],
        summary: 'Change an entity (If-Match or version required)',
        params: EntityParamsSchema,
        headers: IfMatchHeaders,
        body: UpdateEntitySchema,
        response: { 200: EntitySchema, ...writeErrors },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await entities.update(
          actorOf(request),
          request.params.entityId,
          request.headers['if-match'],
          request.body,
        ),
      ),
  )

  app.post(
    '/entities/:entityId/merge',
    {
      onRequest: requireRole('editor'),
      schema: {
        tags: ['entities'],
        summary: 'Merge this duplicate into another entity, moving every reference to it',
        params: EntityParamsSchema,
        headers: IfMatchHeaders,
        body: MergeEntitySchema,
        response: { 200: EntityMergeResultSchema, ...writeErrors },
      },
    },
    (request) =>
      entities.merge(actorOf(request), request.params.entityId, request.headers['if-match'], request.body),
  )
}
