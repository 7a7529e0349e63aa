import {
  ChainInputSchema,
  ChainParamsSchema,
  ClaimDetailSchema,
  ClaimParamsSchema,
  ErrorSchema,
  ReorderChainsSchema,
  VersionQuerySchema,
} from '@claimtrail/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { actorOf, requireRole } from '../../plugins/auth.ts'
import type { ClaimSourcingService } from '../../services/claims/claim-sourcing-service.ts'
import { sendClaim } from './claim-reply.ts'

const response = {
  400: ErrorSchema,
  401: ErrorSchema,
  403: ErrorSchema,
  404: ErrorSchema,
  409: ErrorSchema,
  428: ErrorSchema,
}
const tags = ['attribution chains']
const desk = requireRole('checker')

export const claimSourcingRoutes: FastifyPluginAsyncZod<{ sourcing: ClaimSourcingService }> = async (
  app,
  { sourcing },
) => {
  app.post(
    '/claims/:claimId/chains',
    {
      onRequest: desk,
      schema: {
        tags,
        summary:
          'Add an attribution chain, hops origin first (e.g. unnamed sources → Global News → the article)',
        params: ClaimParamsSchema,
        body: ChainInputSchema,
        response: { 201: ClaimDetailSchema, ...response },
      },
    },
    async (request, reply) =>
      sendClaim(reply, await sourcing.addChain(actorOf(request), request.params.claimId, request.body), 201),
  )

  app.put(
    '/claims/:claimId/chains/order',
    {
      onRequest: desk,
      schema: {
        tags,
        summary: 'Reorder the claim’s chains (the claim’s version in If-Match or version)',
        params: ClaimParamsSchema,
        body: ReorderChainsSchema,
        response: { 200: ClaimDetailSchema, ...response },
      },
    },
    async (request, reply) =>
      sendClaim(
        reply,
        await sourcing.reorderChains(
          actorOf(request),
          request.params.claimId,
          request.body,
          request.headers['if-match'],
        ),
      ),
  )

  app.put(
    '/chains/:chainId',
    {
      onRequest: desk,
      schema: {
        tags,
        summary: 'Replace a chain’s hops (the chain’s version in version or If-Match)',
        params: ChainParamsSchema,
        body: ChainInputSchema,
        response: { 200: ClaimDetailSchema, ...response },
      },
    },
    async (request, reply) =>
      sendClaim(
        reply,
        await sourcing.replaceChain(
          actorOf(request),
          request.params.chainId,
          request.body,
          request.headers['if-match'],
        ),
      ),
  )

  app.delete(
    '/chains/:chainId',
    {
      onRequest: desk,
      schema: {
        tags,
        summary: 'Remove a chain (its version in If-Match or ?version=)',
        params: ChainParamsSchema,
        querystring: VersionQuerySchema,
        response: { 200: ClaimDetailSchema, ...response },
      },
    },
    async (request, reply) =>
      sendClaim(
        reply,
        await sourcing.removeChain(
          actorOf(request),
          request.params.chainId,
          request.query.version,
          request.headers['if-match'],
        ),
      ),
  )
}
