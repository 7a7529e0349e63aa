import { createHash } from 'node:crypto'
import cors from '@fastify/cors'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'

/** How long browsers and proxies may reuse a ledger answer before asking again (seconds). */
const MAX_AGE = 60

/** Whether If-None-Match names this ETag (RFC 9110 §13.1.2: weak comparison, a list, or *). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  if (ifNoneMatch.trim() === '*') return true
  const bare = (tag: string) => tag.trim().replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => bare(tag) === bare(etag))
}

async function cacheable(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  if ((request.method !== 'GET' && request.method !== 'HEAD') || reply.statusCode !== 200) return payload
  // A response that sets a cookie (a rejected session being cleared) is that visitor's alone.
  if (reply.getHeader('set-cookie')) {
    reply.header('cache-control', 'private, no-store')
    return payload
  }
  reply.header('cache-control', `public, max-age=${MAX_AGE}`)
  // Streams (the CSV export) go out as they are read: no ETag for them.
  if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload
  const etag = `"${createHash('sha256').update(payload).digest('base64url').slice(0, 32)}"`
  reply.header('etag', etag)
  if (matches(request.headers['if-none-match'], etag)) {
    reply.code(304)
    reply.removeHeader('content-length')
    return ''
  }
  return payload
}

/**
 * What every public ledger route shares: open CORS for reads (anyone may build on the ledger), and
 * ETag + Cache-Control with 304 on If-None-Match. Registered inside the public routes' own
 * plugin, so the hooks apply to them and to nothing else.
 */
export async function publicHttp(app: FastifyInstance) {
  await app.register(cors, {
    origin: '*',
    methods: ['GET', 'HEAD'],
    exposedHeaders: ['ETag', 'Link', 'Content-Disposition'],
    maxAge: 86_400,
  })
  app.addHook('onSend', cacheable)
}
