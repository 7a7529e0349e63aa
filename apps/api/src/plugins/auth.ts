import type { Role } from '@claimtrail/contracts'
import { roleAtLeast } from '@claimtrail/core'
import cookie from '@fastify/cookie'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { ForbiddenError, UnauthorizedError } from '../errors.ts'
import type { Actor } from '../services/actor.ts'
import type { ResolvedSession, SessionsService } from '../services/auth/sessions-service.ts'
import { sameToken } from '../services/auth/tokens.ts'
import { ANONYMOUS, type Viewer } from '../services/viewer.ts'

export const SESSION_COOKIE = 'claimtrail_session'
export const CSRF_HEADER = 'x-csrf-token'

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking; anonymous readers see public data only. */
    viewer: Viewer
    /** The live session behind the cookie, if any. */
    session: ResolvedSession | null
    /** A session cookie was sent but is unknown, expired or forged. */
    sessionRejected: boolean
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

export interface AuthPluginOptions {
  sessions: SessionsService
  cookieSecure: 'auto' | 'true' | 'false'
  /** Routes a cookie may call without a CSRF token (login itself rotates the session). */
  csrfExempt: readonly string[]
}

/**
 * Sessions from an HttpOnly cookie, CSRF checks on every state-changing request made with it,
 * and `requireRole` for routes. Authorisation is declared per route; ownership rules live in
 * services.
 */
export const auth = fp(async (app: FastifyInstance, options: AuthPluginOptions) => {
  await app.register(cookie)
  app.decorateRequest<Viewer | null>('viewer', null)
  app.decorateRequest('session', null)
  app.decorateRequest('sessionRejected', false)

  app.addHook('onRequest', async (request, reply) => {
    request.viewer = ANONYMOUS
    // Pages and assets of the web app carry no data: no session lookup, and a stale cookie is
    // left for the app's first API call to report as expired.
    if (!request.url.startsWith('/api/')) return
    const token = request.cookies[SESSION_COOKIE]
    if (!token) return
    const session = await options.sessions.resolve(token)
    if (!session) {
      request.sessionRejected = true
      clearSessionCookie(reply)
      return
    }
    request.session = session
    request.viewer = {
      kind: 'user',
      id: session.user.id,
      role: session.user.role,
      displayName: session.user.displayName,
    }
  })

  // Before body validation, so a forged request learns nothing about the body it would need.
  app.addHook('preValidation', async (request) => {
    if (!UNSAFE_METHODS.has(request.method) || !request.session) return
    if (options.csrfExempt.includes(request.routeOptions.url ?? '')) return
    const sent = request.headers[CSRF_HEADER]
    if (typeof sent !== 'string' || !sameToken(sent, request.session.csrfSecret)) {
      throw new ForbiddenError(
        `Missing or invalid ${CSRF_HEADER} header (get one from GET /api/v1/auth/csrf)`,
        undefined,
        'CSRF',
      )
    }
  })

  app.decorateReply('setSessionCookie', function (this: FastifyReply, token: string, maxAgeSeconds: number) {
    this.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure:
        options.cookieSecure === 'auto' ? this.request.protocol === 'https' : options.cookieSecure === 'true',
      maxAge: maxAgeSeconds,
    })
  })

  function clearSessionCookie(reply: FastifyReply) {
    reply.clearCookie(SESSION_COOKIE, { path: '/' })
  }
  app.decorateReply('clearSessionCookie', function (this: FastifyReply) {
    clearSessionCookie(this)
  })
})

declare module 'fastify' {
  interface FastifyReply {
    setSessionCookie(token: string, maxAgeSeconds: number): void
    clearSessionCookie(): void
  }
}

/** What requireRole's hooks carry, so the OpenAPI document can say which operations need a login. */
export interface RoleRequirement {
  minimumRole: Role
}

/** onRequest hook: the caller must be logged in with at least this role (checker < editor < admin). */
export function requireRole(minimum: Role) {
  const hook = async (request: FastifyRequest) => {
    const viewer = request.viewer
    if (viewer.kind !== 'user') {
      throw request.sessionRejected
        ? new UnauthorizedError('Your session has expired; log in again', 'SESSION_EXPIRED')
        : new UnauthorizedError()
    }
    if (!roleAtLeast(viewer.role, minimum)) {
      throw new ForbiddenError(
        `This needs the ${minimum} role; you are ${viewer.role === 'admin' ? 'an' : 'a'} ${viewer.role}`,
      )
    }
  }
  return Object.assign(hook, { minimumRole: minimum } satisfies RoleRequirement)
}

/** The logged-in caller as the actor of a write; routes behind requireRole always have one. */
export function actorOf(request: FastifyRequest): Actor {
  const viewer = request.viewer
  if (viewer.kind !== 'user') throw new UnauthorizedError()
  return { id: viewer.id, role: viewer.role, requestId: request.id }
}
