import {
  ClaimDetailSchema,
  ClaimParamsSchema,
  CorrectClaimSchema,
  ErrorSchema,
  RetractClaimSchema,
  TransitionSchema,
} from '@claimtrail/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { actorOf, requireRole } from '../../plugins/auth.ts'
import type { ClaimWorkflowService } from '../../services/claims/claim-workflow-service.ts'
import { sendClaim } from './claim-reply.ts'

const response = {
  200: ClaimDetailSchema,
  400: ErrorSchema,
  401: ErrorSchema,
  403: ErrorSchema,
  404: ErrorSchema,
  409: ErrorSchema,
  422: ErrorSchema,
  428: ErrorSchema,
}
const tags = ['workflow']

/** design.md "Workflow": one route per transition; the service enforces the edges and roles. */
export const claimWorkflowRoutes: FastifyPluginAsyncZod<{ workflow: ClaimWorkflowService }> = async (
  app,
  { workflow },
) => {
  for (const [path, action, role, summary] of [
    ['submit', 'submit', 'checker', 'Submit a draft for review'],
    ['resubmit', 'resubmit', 'checker', 'Resubmit a claim after the requested changes'],
    ['approve', 'approve', 'editor', 'Approve a claim in review'],
  ] as const) {
    app.post(
      `/claims/:claimId/${path}`,
      {
        onRequest: requireRole(role),
        schema: { tags, summary, params: ClaimParamsSchema, body: TransitionSchema, response },
      },
      async (request, reply) =>
        sendClaim(
          reply,
          await workflow.simple(
            actorOf(request),
            request.params.claimId,
            action,
            request.body,
            request.headers['if-match'],
          ),
        ),
    )
  }

  app.post(
    '/claims/:claimId/request-changes',
    {
      onRequest: requireRole('editor'),
      schema: {
        tags,
        summary: 'Send a claim back to its checker with a comment',
        params: ClaimParamsSchema,
        body: TransitionSchema,
        response,
      },
    },
    async (request, reply) =>
      sendClaim(
        reply,
        await workflow.requestChanges(
          actorOf(request),
          request.params.claimId,
          request.body,
          request.headers['if-match'],
        ),
      ),
  )

  app.post(
    '/claims/:claimId/publish',
    {
      onRequest: requireRole('editor'),
      schema: {
        tags,
        summary: 'Publish an approved claim (needs a verdict and a rationale)',
        params: ClaimParamsSchema,
        body: TransitionSchema,
        response,
      },
    },
    async (request, reply) =>
      sendClaim(
        reply,
        await workflow.publish(
          actorOf(request),
          request.params.claimId,
          request.body,
          request.headers['if-match'],
        ),
      ),
  )

  app.post(
    '/claims/:claimId/correct',
    {
      onRequest: requireRole('editor'),
      schema: {
        tags,
        summary: 'Correct a published claim: what changed and why, kept in the public changelog',
        params: ClaimParamsSchema,
        body: CorrectClaimSchema,
        response,
      },
    },
    async (request, reply) =>
      sendClaim(
        reply,
        await workflow.correct(
          actorOf(request),
          request.params.claimId,
          request.body,
          request.headers['if-match'],
        ),
      ),
  )

  app.post(
    '/claims/:claimId/retract',
    {
      onRequest: requireRole('editor'),
      schema: {
        tags,
        summary: 'Retract a published claim review; it stays visible with its retraction note',
        params: ClaimParamsSchema,
        body: RetractClaimSchema,
        response,
      },
    },
    async (request, reply) =>
      sendClaim(
        reply,
        await workflow.retract(
          actorOf(request),
          request.params.claimId,
          request.body,
          request.headers['if-match'],
        ),
      ),
  )
}
