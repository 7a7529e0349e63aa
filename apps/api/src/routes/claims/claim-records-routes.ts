import {
  ClaimDetailSchema,
  ClaimParamsSchema,
  ErrorSchema,
  EvidenceInputSchema,
  EvidenceParamsSchema,
  ReplyRequestInputSchema,
  ReplyRequestParamsSchema,
  ResponseInputSchema,
  ResponseParamsSchema,
  VersionQuerySchema,
} from '@claimtrail/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { actorOf, requireRole } from '../../plugins/auth.ts'
import type { ClaimRecordsService } from '../../services/claims/claim-records-service.ts'
import { sendClaim } from './claim-reply.ts'

const errors = {
  400: ErrorSchema,
  401: ErrorSchema,
  403: ErrorSchema,
  404: ErrorSchema,
  409: ErrorSchema,
  428: ErrorSchema,
}
const desk = requireRole('checker')

/**
 * Responses, right-of-reply requests and evidence share one shape of routes: add under the
 * claim, change or remove by id with the version read.
 */
export const claimRecordsRoutes: FastifyPluginAsyncZod<{ records: ClaimRecordsService }> = async (
  app,
  { records },
) => {
  // Responses
  app.post(
    '/claims/:claimId/responses',
    {
      onRequest: desk,
      schema: {
        tags: ['responses'],
        summary: 'Record a response (denial, admission…) with the part of the claim it answers',
        params: ClaimParamsSchema,
        body: ResponseInputSchema,
        response: { 201: ClaimDetailSchema, ...errors },
      },
    },
    async (request, reply) =>
      sendClaim(
        reply,
        await records.addResponse(actorOf(request), request.params.claimId, request.body),
        201,
      ),
  )
  app.put(
    '/responses/:responseId',
    {
      onRequest: desk,
      schema: {
        tags: ['responses'],
        summary: 'Change a response (its version in version or If-Match)',
        params: ResponseParamsSchema,
        body: ResponseInputSchema,
        response: { 200: ClaimDetailSchema, ...errors },
      },
    },
    async (request, reply) =>
      sendClaim(
        reply,
        await records.updateResponse(
          actorOf(request),
          request.params.responseId,
          request.body,
          request.headers['if-match'],
        ),
      ),
  )
  app.delete(
    '/responses/:responseId',
    {
      onRequest: desk,
      schema: {
        tags: ['responses'],
        summary: 'Remove a response (its version in If-Match or ?version=)',
        params: ResponseParamsSchema,
        querystring: VersionQuerySchema,
        response: { 200: ClaimDetailSchema, ...errors },
      },
    },
    async (request, reply) =>
      sendClaim(
        reply,
        await records.removeResponse(
          actorOf(request),
          request.params.responseId,
          request.query,
          request.headers['if-match'],
        ),
      ),
  )

  // Right-of-reply requests
  app.post(
    '/claims/:claimId/reply-requests',
    {
      onRequest: desk,
      schema: {
        tags: ['reply requests'],
        summary: 'Log a right-of-reply request: asked whom, when, by what channel, by which deadline',
        params: ClaimParamsSchema,
        body: ReplyRequestInputSchema,
        response: { 201: ClaimDetailSchema, ...errors },
      },
    },
    async (request, reply) =>
      sendClaim(
        reply,
        await records.addReplyRequest(actorOf(request), request.params.claimId, request.body),
        201,
      ),
  )
  app.put(
    '/reply-requests/:replyRequestId',
    {
      onRequest: desk,
      schema: {
        tags: ['reply requests'],
        summary: 'Change a reply request, e.g. link the response it got',
        params: ReplyRequestParamsSchema,
        body: ReplyRequestInputSchema,
        response: { 200: ClaimDetailSchema, ...errors },
      },
    },
    async (request, reply) =>
      sendClaim(
        reply,
        await records.updateReplyRequest(
          actorOf(request),
          request.params.replyRequestId,
          request.body,
          request.headers['if-match'],
        ),
      ),
  )
  app.delete(
    '/reply-requests/:replyRequestId',
    {
      onRequest: desk,
      schema: {
        tags: ['reply requests'],
        summary: 'Remove a reply request',
        params: ReplyRequestParamsSchema,
        querystring: VersionQuerySchema,
        response: { 200: ClaimDetailSchema, ...errors },
      },
    },
    async (request, reply) =>
      sendClaim(
        reply,
        await records.removeReplyRequest(
          actorOf(request),
          request.params.replyRequestId,
          request.query,
          request.headers['if-match'],
        ),
      ),
  )

  // Evidence
  app.post(
    '/claims/:claimId/evidence',
    {
      onRequest: desk,
      schema: {
        tags: ['evidence'],
        summary: 'Add a document or link that supports, refutes or gives context',
        params: ClaimParamsSchema,
        body: EvidenceInputSchema,
        response: { 201: ClaimDetailSchema, ...errors },
      },
    },
    async (request, reply) =>
      sendClaim(
        reply,
        await records.addEvidence(actorOf(request), request.params.claimId, request.body),
        201,
      ),
  )
  app.put(
    '/evidence/:evidenceId',
    {
      onRequest: desk,
      schema: {
        tags: ['evidence'],
        summary: 'Change an evidence item',
        params: EvidenceParamsSchema,
        body: EvidenceInputSchema,
        response: { 200: ClaimDetailSchema, ...errors },
      },
    },
    async (request, reply) =>
      sendClaim(
        reply,
        await records.updateEvidence(
          actorOf(request),
          request.params.evidenceId,
          request.body,
          request.headers['if-match'],
        ),
      ),
  )
  app.delete(
    '/evidence/:evidenceId',
    {
      onRequest: desk,
      schema: {
        tags: ['evidence'],
        summary: 'Remove an evidence item',
        params: EvidenceParamsSchema,
        querystring: VersionQuerySchema,
        response: { 200: ClaimDetailSchema, ...errors },
      },
    },
    async (request, reply) =>
      sendClaim(
        reply,
        await records.removeEvidence(
          actorOf(request),
          request.params.evidenceId,
          request.query,
          request.headers['if-match'],
        ),
      ),
  )
}
