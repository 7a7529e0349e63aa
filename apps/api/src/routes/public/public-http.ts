import { createHash } from 'node:crypto'
import cors from '@fastify/cors'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ResponseCache } from '../../services/public/response-cache.ts'

/**
 * Browsers and proxies may keep a ledger answer but must ask again before each reuse (a 304 when
 * the ETag still matches): a reader who had a claim open sees a correction on the next visit,
 * not up to a minute later (docs/decisions/016-server-rendered-public-ledger.md).
 */
const CACHE_CONTROL = 'public, no-cache'

/** Whether If-None-Match names this ETag (RFC 9110 §13.1.2: weak comparison, a list, or *). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  if (ifNoneMatch.trim() === '*') return true
  const bare = (tag: string) => tag.trim().replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => bare(tag) === bare(etag))
}

/** The headers that describe a public answer, kept with its body in the response cache. */
const KEPT_HEADERS = ['content-type', 'etag', 'link', 'content-disposition'] as const

declare module 'fastify' {
  interface FastifyRequest {
    /** The ledger's version read before this request's queries (set when the cache is on). */
    ledgerVersion?: number
    /** Sent from the response cache: its ETag is already set. */
    fromCache?: boolean
  }
}

function etagOf(payload: string | Buffer): string {
  return `"${createHash('sha256').update(payload).digest('base64url').slice(0, 32)}"`
}

function makeCacheable(cache: ResponseCache | null) {
  return async function cacheable(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || reply.statusCode !== 200) return payload
    // A response that sets a cookie (a rejected session being cleared) is that visitor's alone.
    if (reply.getHeader('set-cookie')) {
      reply.header('cache-control', 'private, no-store')
      return payload
    }
    reply.header('cache-control', CACHE_CONTROL)
    // Streams (the CSV export) go out as they are read: their route sets a weak ETag from the rows.
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) {
      const etag = reply.getHeader('etag')
      if (etag !== undefined && matches(request.headers['if-none-match'], String(etag))) {
        ;(payload as { destroy?: () => void }).destroy?.()
        reply.code(304)
        return ''
      }
      return payload
    }
    if (!request.fromCache) reply.header('etag', etagOf(payload))
    const etag = String(reply.getHeader('etag'))
    if (cache && request.ledgerVersion !== undefined && !request.fromCache && request.method === 'GET') {
      const headers: Record<string, string> = {}
      for (const name of KEPT_HEADERS) {
        const value = reply.getHeader(name)
        if (value !== undefined) headers[name] = String(value)
      }
      cache.set(request.url, { version: request.ledgerVersion, body: Buffer.from(payload), headers })
    }
    if (matches(request.headers['if-none-match'], etag)) {
      reply.code(304)
      reply.removeHeader('content-length')
      return ''
    }
    return payload
  }
}

/** Answers from the cache when the ledger has not changed since the answer was made. */
function makeCacheLookup(cache: ResponseCache) {
  return async function cacheLookup(request: FastifyRequest, reply: FastifyReply) {
    if (request.method !== 'GET' && request.method !== 'HEAD') return
    if (reply.getHeader('set-cookie')) return
    const version = await cache.version()
    const hit = cache.get(request.url, version)
    if (!hit) {
      request.ledgerVersion = version
      return
    }
    request.fromCache = true
    for (const [name, value] of Object.entries(hit.headers)) reply.header(name, value)
    return reply.code(200).send(hit.body)
  }
}

/**
 * What every public ledger route shares: open CORS for reads (anyone may build on the ledger),
 * ETag + Cache-Control with 304 on If-None-Match, and the response cache (when configured).
 * Registered inside the public routes' own plugin, so the hooks apply to them and to nothing else.
 */
export async function publicHttp(app: FastifyInstance, cache: ResponseCache | null) {
  await app.register(cors, {
    origin: '*',
    methods: ['GET', 'HEAD'],
    exposedHeaders: ['ETag', 'Link', 'Content-Disposition'],
    maxAge: 86_400,
  })
  if (cache) app.addHook('onRequest', makeCacheLookup(cache))
  app.addHook('onSend', makeCacheable(cache))
}
