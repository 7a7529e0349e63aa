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
    /** Where the answer is filed in the response cache (set with ledgerVersion). */
    cacheKey?: string
    /** Sent from the response cache: its ETag is already set. */
    fromCache?: boolean
  }
  interface FastifyContextConfig {
    /**
     * The query parameters that select a route's answer, parsed and in a fixed order, for a route
     * without a querystring schema that still reads some (the ledger pages); others are ignored.
     */
    cacheQuery?: (request: FastifyRequest) => Record<string, string>
    /**
     * Never answered from nor filed in the response cache: an answer that must be checked again on
     * each read (an evidence snapshot is re-hashed, and SQL that corrupts it does not move the
     * ledger's version). It still gets its ETag and 304.
     */
    skipResponseCache?: boolean
  }
}

/** Entries sorted by key, as JSON: one text for every order and spelling of the same values. */
function canonical(value: unknown): string {
  const entries = Object.entries((value ?? {}) as Record<string, unknown>).filter(([, v]) => v !== undefined)
  return JSON.stringify(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/**
 * The request's path as its route spells it, parameters decoded and lower-cased: they are UUIDs,
 * and `3F2A…` names the same claim as `3f2a…`. A wildcard route keeps the path as sent.
 */
export function routePath(request: FastifyRequest): string {
  const { url } = request.routeOptions
  if (!url || url.includes('*')) return request.url.split('?')[0] ?? request.url
  const params = request.params as Record<string, unknown>
  return url.replace(/:(\w+)/g, (_, name: string) =>
    encodeURIComponent(String(params[name] ?? '').toLowerCase()),
  )
}

/**
 * The response cache's key: the route's path (routePath) and its validated query (zod's
 * parsed values with defaults, so `?limit=025&cursor=…` and `?cursor=…&limit=25` are one entry,
 * and a limit over the cap is a 400 that is never cached). A query the route does not read is no
 * part of the key, so junk parameters cannot multiply entries (docs/decisions/016).
 */
export function cacheKeyOf(request: FastifyRequest): string {
  const { schema, config } = request.routeOptions
  const query = config.cacheQuery ? config.cacheQuery(request) : schema?.querystring ? request.query : {}
  return `${routePath(request)}\n${canonical(query)}`
}

function etagOf(payload: string | Buffer): string {
  return `"${createHash('sha256').update(payload).digest('base64url').slice(0, 32)}"`
}

/** A stream (the CSV export) goes out as it is read: its route set a weak ETag from the rows. */
function revalidateStream(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  const etag = reply.getHeader('etag')
  if (etag === undefined || !matches(request.headers['if-none-match'], String(etag))) return payload
  ;(payload as { destroy?: () => void }).destroy?.()
  reply.code(304)
  return ''
}

/** Files a fresh answer under the key and version its lookup read (makeCacheLookup). */
function store(cache: ResponseCache, request: FastifyRequest, reply: FastifyReply, payload: string | Buffer) {
  if (request.cacheKey === undefined || request.ledgerVersion === undefined || request.fromCache) return
  const headers: Record<string, string> = {}
  for (const name of KEPT_HEADERS) {
    const value = reply.getHeader(name)
    if (value !== undefined) headers[name] = String(value)
  }
  cache.set(request.cacheKey, { version: request.ledgerVersion, body: Buffer.from(payload), headers })
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
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload))
      return revalidateStream(request, reply, payload)
    if (!request.fromCache) reply.header('etag', etagOf(payload))
    const etag = String(reply.getHeader('etag'))
    if (cache) store(cache, request, reply, payload)
    if (matches(request.headers['if-none-match'], etag)) {
      reply.code(304)
      reply.removeHeader('content-length')
      return ''
    }
    return payload
  }
}

/**
 * Answers from the cache when the ledger has not changed since the answer was made. A preHandler:
 * the key is made of the validated query, so a request the schema refuses never reaches it.
 */
function makeCacheLookup(cache: ResponseCache) {
  return async function cacheLookup(request: FastifyRequest, reply: FastifyReply) {
    if (request.method !== 'GET' && request.method !== 'HEAD') return
    if (reply.getHeader('set-cookie') || request.routeOptions.config.skipResponseCache) return
    const version = await cache.version()
    const key = cacheKeyOf(request)
    const hit = cache.get(key, version)
    if (!hit) {
      // Only a GET fills the cache (a HEAD's payload is not the body).
      if (request.method === 'GET') {
        request.ledgerVersion = version
        request.cacheKey = key
      }
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
  if (cache) app.addHook('preHandler', makeCacheLookup(cache))
  app.addHook('onSend', makeCacheable(cache))
}
