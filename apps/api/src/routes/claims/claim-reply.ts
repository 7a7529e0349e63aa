import type { ClaimDetail } from '@claimtrail/contracts'
import type { FastifyReply } from 'fastify'
import { etagOf } from '../../services/concurrency.ts'

/** Sends a claim with its ETag, so the next write can send it back in If-Match. */
export function sendClaim(reply: FastifyReply, claim: ClaimDetail, status = 200) {
  reply.header('etag', etagOf('claim', claim.id, claim.version))
  return reply.status(status).send(claim)
}
