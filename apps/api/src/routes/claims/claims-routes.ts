import {
  ArticleClaimParamsSchema,
  ChangesSinceSchema,
  ClaimDetailSchema,
  ClaimHistorySchema,
  ClaimListQuerySchema,
  ClaimListSchema,
  ClaimParamsSchema,
  CreateClaimSchema,
  ErrorSchema,
  NoteInputSchema,
  ReanchorClaimSchema,
  UpdateClaimSchema,
} from '@claimtrail/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { actorOf, requireRole } from '../../plugins/auth.ts'
import type { ChangesSinceService } from '../../services/claims/changes-since-service.ts'
import type { ClaimRecordsService } from '../../services/claims/claim-records-service.ts'
import type { ClaimsService } from '../../services/claims/claims-service.ts'
import { sendClaim } from './claim-reply.ts'

const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema }
const writeErrors = { ...errors, 409: ErrorSchema, 428: ErrorSchema }
const desk = requireRole('checker')

export const claimsRoutes: FastifyPluginAsyncZod<{
  claims: ClaimsService
  records: ClaimRecordsService
  changesSince: ChangesSinceService
}> = async (app, { claims, records, changesSince }) => {
  app.post(
    '/articles/:articleId/claims',
    {
      onRequest: desk,
      schema: {
        tags: ['claims'],
        summary: 'Mark a claim on a text selection of the article’s current version (starts as a draft)',
        params: ArticleClaimParamsSchema,
        body: CreateClaimSchema,
        response: { 201: ClaimDetailSchema, ...writeErrors },
      },
    },
    async (request, reply) =>
      sendClaim(reply, await claims.create(actorOf(request), request.params.articleId, request.body), 201),
  )

  app.get(
    '/claims',
    {
      onRequest: desk,
      schema: {
        tags: ['claims'],
        summary:
          'Work queues: claims by status, article, assignee (assignee=me), orphaned; newest change first',
        querystring: ClaimListQuerySchema,
        response: { 200: ClaimListSchema, ...errors },
      },
    },
    (request) => claims.list(actorOf(request), request.query),
  )

  app.get(
    '/claims/:claimId',
    {
      onRequest: desk,
      schema: {
        tags: ['claims'],
        summary:
          'One claim with its anchor, chains, responses, reply requests, evidence, notes and allowed actions',
        params: ClaimParamsSchema,
        response: { 200: ClaimDetailSchema, ...errors },
      },
    },
    async (request, reply) => sendClaim(reply, await claims.get(actorOf(request), request.params.claimId)),
  )

  app.patch(
    '/claims/:claimId',
    {
      onRequest: desk,
      schema: {
        tags: ['claims'],
        summary: 'Edit a claim (If-Match or version required; a stale one is a 409 with the current claim)',
        params: ClaimParamsSchema,
        body: UpdateClaimSchema,
        response: { 200: ClaimDetailSchema, ...writeErrors },
      },
    },
    async (request, reply) =>
      sendClaim(
        reply,
        await claims.update(
          actorOf(request),
          request.params.claimId,
          request.body,
          request.headers['if-match'],
        ),
      ),
  )

  app.post(
    '/claims/:claimId/anchor',
    {
      onRequest: desk,
      schema: {
        tags: ['claims'],
        summary: 'Place a claim (e.g. an orphan) on a new selection of the current article text',
        params: ClaimParamsSchema,
        body: ReanchorClaimSchema,
        response: { 200: ClaimDetailSchema, ...writeErrors },
      },
    },
    async (request, reply) =>
      sendClaim(
        reply,
        await claims.reanchor(
          actorOf(request),
          request.params.claimId,
          request.body,
          request.headers['if-match'],
        ),
      ),
  )

  app.get(
    '/claims/:claimId/history',
    {
      onRequest: desk,
      schema: {
        tags: ['claims'],
        summary: 'The claim’s audit events, oldest first',
        params: ClaimParamsSchema,
        response: { 200: ClaimHistorySchema, ...errors },
      },
    },
    (request) => claims.history(request.params.claimId),
  )

  app.get(
    '/claims/:claimId/changes-since',
    {
      onRequest: desk,
      schema: {
        tags: ['claims'],
        summary:
          'What changed on the claim since the viewer last acted on it (fields, records, workflow steps)',
        params: ClaimParamsSchema,
        response: { 200: ChangesSinceSchema, ...errors },
      },
    },
    (request) => changesSince.forViewer(request.params.claimId, actorOf(request).id),
  )

  app.post(
    '/claims/:claimId/notes',
    {
      onRequest: desk,
      schema: {
        tags: ['claims'],
        summary: 'Add a working note (never public)',
        params: ClaimParamsSchema,
        body: NoteInputSchema,
        response: { 201: ClaimDetailSchema, ...writeErrors },
      },
    },
    async (request, reply) =>
      sendClaim(
        reply,
        await records.addNote(actorOf(request), request.params.claimId, request.body.body),
        201,
      ),
  )
}
