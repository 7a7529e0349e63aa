import {
  ErrorSchema,
  EvidenceCaptureParamsSchema,
  EvidenceCaptureSchema,
  EvidenceParamsSchema,
  SnapshotQuerySchema,
} from '@claimtrail/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { actorOf, requireRole } from '../../plugins/auth.ts'
import type { EvidenceCapturesService } from '../../services/evidence/evidence-captures-service.ts'

const tags = ['evidence']
const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema }
const desk = requireRole('checker')
/** A stored page must never run as a page of our origin: no scripts, no plugins, no sniffing. */
const SANDBOX = "sandbox; default-src 'none'"
// Types a browser may be handed as they are (as an attachment); anything else is plain bytes.
const INERT_TYPES = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'text/plain',
])

/** Captures of evidence links (ADR 020): ask for one again, and read a stored snapshot. */
export const evidenceCaptureRoutes: FastifyPluginAsyncZod<{ captures: EvidenceCapturesService }> = async (
  app,
  { captures },
) => {
  app.post(
    '/evidence/:evidenceId/captures',
    {
      onRequest: desk,
      schema: {
        tags,
        summary: 'Capture the evidence’s web address again (in the background; the older captures stay)',
        params: EvidenceParamsSchema,
        response: { 202: EvidenceCaptureSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(202).send(await captures.recapture(actorOf(request), request.params.evidenceId)),
  )

  app.get(
    '/evidence/:evidenceId/captures/:captureId',
    {
      onRequest: desk,
      schema: {
        tags,
        summary:
          'A stored snapshot: its extracted text, or with ?raw=1 the bytes as fetched (an attachment); 409 SNAPSHOT_CORRUPTED when they no longer match their SHA-256',
        params: EvidenceCaptureParamsSchema,
        querystring: SnapshotQuerySchema,
        response: {
          200: {
            description: 'text/plain, or the bytes as an attachment',
            content: {
              'text/plain': { schema: z.string() },
              'application/octet-stream': { schema: z.string() },
            },
          },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { evidenceId, captureId } = request.params
      const snapshot = await captures.snapshot(evidenceId, captureId, request.query.raw === '1')
      reply.header('content-security-policy', SANDBOX).header('x-content-type-options', 'nosniff')
      if (snapshot.kind === 'text') return reply.type('text/plain; charset=utf-8').send(snapshot.text)
      const type = INERT_TYPES.has(snapshot.contentType) ? snapshot.contentType : 'application/octet-stream'
      return (
        reply
          .type(type)
          .header('content-disposition', `attachment; filename="capture-${snapshot.sha256.slice(0, 12)}"`)
          .header('x-content-sha256', snapshot.sha256)
          // Bytes go out as they are; the string schema above only documents the route.
          .send(snapshot.bytes as unknown as string)
      )
    },
  )
}
