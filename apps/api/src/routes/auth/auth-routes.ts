import {
  ChangePasswordSchema,
  CsrfSchema,
  ErrorSchema,
  LoginRequestSchema,
  LoginResponseSchema,
  MeSchema,
  RedeemPasswordResetSchema,
} from '@claimtrail/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { UnauthorizedError } from '../../errors.ts'
import { requireRole, SESSION_COOKIE } from '../../plugins/auth.ts'
import type { AuthService } from '../../services/auth/auth-service.ts'
import type { PasswordsService } from '../../services/auth/passwords-service.ts'

const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 429: ErrorSchema }

export const authRoutes: FastifyPluginAsyncZod<{ auth: AuthService; passwords: PasswordsService }> = async (
  app,
  { auth, passwords },
) => {
  app.post(
    '/auth/login',
    {
      // Credentials are tiny; a big body here is an attack, not a login.
      bodyLimit: 8_192,
      schema: {
        tags: ['auth'],
        summary: 'Log in with email and password; sets the session cookie',
        body: LoginRequestSchema,
        response: { 200: LoginResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = await auth.login(request.body, {
        ip: request.ip,
        userAgent: request.headers['user-agent'],
        requestId: request.id,
        previousToken: request.cookies[SESSION_COOKIE],
      })
      reply.setSessionCookie(result.token, result.maxAgeSeconds)
      return { user: result.user, csrfToken: result.csrfToken }
    },
  )

  app.post(
    '/auth/logout',
    {
      onRequest: requireRole('checker'),
      schema: { tags: ['auth'], summary: 'End the current session', response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE]
      if (token && request.viewer.kind === 'user') await auth.logout(token, request.viewer.id, request.id)
      reply.clearSessionCookie()
      return reply.status(204).send(null)
    },
  )

  app.get(
    '/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'Who is logged in (user is null for an anonymous reader)',
        response: { 200: MeSchema, 401: ErrorSchema },
      },
    },
    async (request) => {
      if (request.sessionRejected)
        throw new UnauthorizedError('Your session has expired; log in again', 'SESSION_EXPIRED')
      return { user: request.session?.user ?? null }
    },
  )

  app.get(
    '/auth/csrf',
    {
      onRequest: requireRole('checker'),
      schema: {
        tags: ['auth'],
        summary: 'The CSRF token to send in x-csrf-token with every state-changing request',
        response: { 200: CsrfSchema, 401: ErrorSchema },
      },
    },
    async (request) => ({ token: request.session?.csrfSecret ?? '' }),
  )

  app.post(
    '/auth/password',
    {
      onRequest: requireRole('checker'),
      bodyLimit: 8_192,
      schema: {
        tags: ['auth'],
        summary: 'Change your own password (the current one is required); your other sessions end',
        body: ChangePasswordSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const session = request.session
      if (!session) throw new UnauthorizedError()
      await passwords.changeOwn({ userId: session.user.id, tokenHash: session.tokenHash }, request.body, {
        ip: request.ip,
        requestId: request.id,
      })
      return reply.status(204).send(null)
    },
  )

  app.post(
    '/auth/password-reset',
    {
      bodyLimit: 8_192,
      schema: {
        tags: ['auth'],
        summary:
          'Set a new password with the one-time code from an admin’s reset link; every session of the account ends',
        body: RedeemPasswordResetSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await passwords.redeemReset(request.body, { requestId: request.id })
      return reply.status(204).send(null)
    },
  )
}
