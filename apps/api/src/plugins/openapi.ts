import { ErrorSchema } from '@claimtrail/contracts'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance, RouteOptions } from 'fastify'
import fp from 'fastify-plugin'
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { CSRF_HEADER, type RoleRequirement, SESSION_COOKIE } from './auth.ts'

type TransformInput = Parameters<typeof jsonSchemaTransform>[0]
type RouteSchema = Record<string, unknown> & { response?: Record<string, unknown> }

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** The role requireRole demands of a route (its onRequest hook says), if any. */
function minimumRole(route: RouteOptions | undefined): string | null {
  const hooks = route?.onRequest
  for (const hook of Array.isArray(hooks) ? hooks : hooks ? [hooks] : []) {
    const role = (hook as Partial<RoleRequirement>).minimumRole
    if (role) return role
  }
  return null
}

/**
 * A stable operationId from the method and path, for operations that do not name their own:
 * GET /api/v1/claims/{claimId}/events → getClaimsByClaimIdEvents.
 */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\/v1\//, '')
    .split(/[/.-]/)
    .filter(Boolean)
    .map((part) => (part.startsWith(':') ? `by-${part.slice(1)}` : part))
    .flatMap((part) => part.split('-'))
  return [method.toLowerCase(), ...words.map((w) => w.charAt(0).toUpperCase() + w.slice(1))].join('')
}

/**
 * What every operation's entry must say that the route definitions leave implicit: an
 * operationId, who may call it (securitySchemes: the session cookie, and the CSRF header on
 * writes; the public ledger needs neither), and the error answers the plugins give on any route —
 * 400 when its parameters, query or body are invalid, 401/403 behind a login.
 */
function completeOperation(input: TransformInput): TransformInput {
  const { url, route } = input
  const method = String(Array.isArray(route?.method) ? route.method[0] : (route?.method ?? 'GET'))
  const schema = { ...(input.schema as RouteSchema) }
  if (schema.hide) return input
  const response = { ...(schema.response ?? {}) }
  schema.operationId ??= operationIdOf(method, url)
  if ((schema.params || schema.querystring || schema.body) && !response[400]) response[400] = ErrorSchema
  declareAccess(schema, response, { url, role: minimumRole(route), write: WRITES.has(method) })
  schema.response = response
  return { ...input, schema } as TransformInput
}

/** The operation's securitySchemes and the answers its access rule adds (304, 401, 403). */
function declareAccess(
  schema: RouteSchema,
  response: NonNullable<RouteSchema['response']>,
  { url, role, write }: { url: string; role: string | null; write: boolean },
): void {
  if (url.startsWith('/api/v1/public/')) {
    schema.security = []
    // public-http.ts answers If-None-Match with 304 and no body.
    response[304] ??= z.null().meta({ description: 'Not modified: the If-None-Match ETag still matches' })
  } else if (role) {
    schema.security = [write ? { sessionCookie: [], csrfHeader: [] } : { sessionCookie: [] }]
    response[401] ??= ErrorSchema
    // A role above the lowest, or a write (missing CSRF token), can be refused to a logged-in user.
    if (role !== 'checker' || write) response[403] ??= ErrorSchema
  } else {
    // Open to anyone; a session, when there is one, changes what the answer holds.
    schema.security = [{}, write ? { sessionCookie: [], csrfHeader: [] } : { sessionCookie: [] }]
  }
}

/** OpenAPI 3 from the routes' zod schemas: JSON at /api/openapi.json, a browsable UI at /api/docs. */
export const openapi = fp(async (app: FastifyInstance, { baseUrl }: { baseUrl: string }) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Claimtrail API',
        description:
          'Claims, their attribution chains, responses, evidence and verdicts. The public ledger (/api/v1/public) needs no login; everything else needs the session cookie from POST /api/v1/auth/login, and writes also the CSRF token from GET /api/v1/auth/csrf.',
        version: '1.0.0',
      },
      servers: [{ url: baseUrl, description: 'This deployment (PUBLIC_BASE_URL)' }],
      components: {
        securitySchemes: {
          sessionCookie: {
            type: 'apiKey',
            in: 'cookie',
            name: SESSION_COOKIE,
            description: 'HttpOnly session cookie set by POST /api/v1/auth/login',
          },
          csrfHeader: {
            type: 'apiKey',
            in: 'header',
            name: CSRF_HEADER,
            description:
              'The session’s CSRF token (GET /api/v1/auth/csrf), required on every write made with the cookie',
          },
        },
      },
    },
    transform: (input) => jsonSchemaTransform(completeOperation(input)),
    transformObject: jsonSchemaTransformObject,
  })
  await app.register(swaggerUi, { routePrefix: '/api/docs' })
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger())
})
