import {
  type ClaimDetail,
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
import type { z } from 'zod'
import { actorOf, requireRole } from '../../plugins/auth.ts'
import type { Actor } from '../../services/actor.ts'
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

interface RecordRoutes<B extends z.ZodType, P extends z.ZodObject> {
  tag: string
  /** Collection under a claim, e.g. `responses` → POST /claims/:claimId/responses. */
  collection: string
  /** Item path with its parameter, e.g. `/responses/:responseId`. */
  item: string
  params: P
  body: B
  summaries: { add: string; change: string; remove: string }
  add: (actor: Actor, claimId: string, body: z.infer<B>) => Promise<ClaimDetail>
  change: (actor: Actor, id: string, body: z.infer<B>, ifMatch?: string) => Promise<ClaimDetail>
  remove: (actor: Actor, id: string, query: { version?: number }, ifMatch?: string) => Promise<ClaimDetail>
}

/**
 * Responses, right-of-reply requests and evidence share one shape of routes: add under the
 * claim, change or remove by id with the version read.
 */
export const claimRecordsRoutes: FastifyPluginAsyncZod<{ records: ClaimRecordsService }> = async (
  app,
  { records },
) => {
  function recordRoutes<B extends z.ZodType, P extends z.ZodObject>(r: RecordRoutes<B, P>) {
    const idOf = (params: unknown) => Object.values(params as Record<string, string>)[0] ?? ''
    app.post(
      `/claims/:claimId/${r.collection}`,
      {
        onRequest: desk,
        schema: {
          tags: [r.tag],
          summary: r.summaries.add,
          params: ClaimParamsSchema,
          body: r.body,
          response: { 201: ClaimDetailSchema, ...errors },
        },
      },
      async (request, reply) =>
        sendClaim(
          reply,
          await r.add(actorOf(request), request.params.claimId, request.body as z.infer<B>),
          201,
        ),
    )
    app.put(
      r.item,
      {
        onRequest: desk,
        schema: {
          tags: [r.tag],
          summary: r.summaries.change,
          params: r.params,
          body: r.body,
          response: { 200: ClaimDetailSchema, ...errors },
        },
      },
      async (request, reply) =>
        sendClaim(
          reply,
          await r.change(
            actorOf(request),
            idOf(request.params),
            request.body as z.infer<B>,
            request.headers['if-match'],
          ),
        ),
    )
    app.delete(
      r.item,
      {
        onRequest: desk,
        schema: {
          tags: [r.tag],
          summary: r.summaries.remove,
          params: r.params,
          querystring: VersionQuerySchema,
          response: { 200: ClaimDetailSchema, ...errors },
        },
      },
      async (request, reply) =>
        sendClaim(
          reply,
          await r.remove(actorOf(request), idOf(request.params), request.query, request.headers['if-match']),
        ),
    )
  }

  recordRoutes({
    tag: 'responses',
    collection: 'responses',
    item: '/responses/:responseId',
    params: ResponseParamsSchema,
    body: ResponseInputSchema,
    summaries: {
      add: 'Record a response (denial, admission…) with the part of the claim it answers',
      change: 'Change a response (its version in version or If-Match)',
      remove: 'Remove a response (its version in If-Match or ?version=)',
    },
    add: records.addResponse,
    change: records.updateResponse,
    remove: records.removeResponse,
  })
  recordRoutes({
    tag: 'reply requests',
    collection: 'reply-requests',
    item: '/reply-requests/:replyRequestId',
    params: ReplyRequestParamsSchema,
    body: ReplyRequestInputSchema,
    summaries: {
      add: 'Log a right-of-reply request: asked whom, when, by what channel, by which deadline',
      change: 'Change a reply request, e.g. link the response it got',
      remove: 'Remove a reply request',
    },
    add: records.addReplyRequest,
    change: records.updateReplyRequest,
    remove: records.removeReplyRequest,
  })
  recordRoutes({
    tag: 'evidence',
    collection: 'evidence',
    item: '/evidence/:evidenceId',
    params: EvidenceParamsSchema,
    body: EvidenceInputSchema,
    summaries: {
      add: 'Add a document or link that supports, refutes or gives context',
      change: 'Change an evidence item',
      remove: 'Remove an evidence item',
    },
    add: records.addEvidence,
    change: records.updateEvidence,
    remove: records.removeEvidence,
  })
}
