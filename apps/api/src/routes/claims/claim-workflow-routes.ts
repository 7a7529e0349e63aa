import {
  type ClaimDetail,
  ClaimDetailSchema,
  ClaimParamsSchema,
  CorrectClaimSchema,
  ErrorSchema,
  RetractClaimSchema,
  type Role,
  TransitionSchema,
} from '@claimtrail/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { z } from 'zod'
import { actorOf, requireRole } from '../../plugins/auth.ts'
import type { Actor } from '../../services/actor.ts'
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

type Run<B> = (actor: Actor, claimId: string, body: B, ifMatch: string | undefined) => Promise<ClaimDetail>

/** docs/design.md "Workflow": one route per transition; the service enforces the edges and roles. */
export const claimWorkflowRoutes: FastifyPluginAsyncZod<{ workflow: ClaimWorkflowService }> = async (
  app,
  { workflow },
) => {
  function transition<B extends z.ZodType>(
    path: string,
    role: Role,
    summary: string,
    body: B,
    run: Run<z.infer<B>>,
  ) {
    app.post(
      `/claims/:claimId/${path}`,
      {
        onRequest: requireRole(role),
        schema: { tags: ['workflow'], summary, params: ClaimParamsSchema, body, response },
      },
      async (request, reply) =>
        sendClaim(
          reply,
          await run(
            actorOf(request),
            request.params.claimId,
            request.body as z.infer<B>,
            request.headers['if-match'],
          ),
        ),
    )
  }

  transition('submit', 'checker', 'Submit a draft for review', TransitionSchema, (a, id, b, m) =>
    workflow.simple(a, id, 'submit', b, m),
  )
  transition(
    'resubmit',
    'checker',
    'Resubmit a claim after the requested changes',
    TransitionSchema,
    (a, id, b, m) => workflow.simple(a, id, 'resubmit', b, m),
  )
  transition('approve', 'editor', 'Approve a claim in review', TransitionSchema, (a, id, b, m) =>
    workflow.simple(a, id, 'approve', b, m),
  )
  transition(
    'request-changes',
    'editor',
    'Send a claim back to its checker with a comment',
    TransitionSchema,
    workflow.requestChanges,
  )
  transition(
    'publish',
    'editor',
    'Publish an approved claim (needs a verdict, a rationale, and every denial addressed)',
    TransitionSchema,
    workflow.publish,
  )
  transition(
    'correct',
    'editor',
    'Correct a published claim: what changed and why, kept in the public changelog',
    CorrectClaimSchema,
    workflow.correct,
  )
  transition(
    'retract',
    'editor',
    'Retract a published claim review; it stays visible with its retraction note',
    RetractClaimSchema,
    workflow.retract,
  )
}
