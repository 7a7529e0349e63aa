import {
  CreateUserSchema,
  ErrorSchema,
  PasswordResetIssuedSchema,
  UpdateUserSchema,
  UserListSchema,
  UserParamsSchema,
  UserSchema,
} from '@claimtrail/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { actorOf, requireRole } from '../../plugins/auth.ts'
import type { PasswordsService } from '../../services/auth/passwords-service.ts'
import type { UsersService } from '../../services/users-service.ts'

const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema }
const adminOnly = requireRole('admin')

export const usersRoutes: FastifyPluginAsyncZod<{
  users: UsersService
  passwords: PasswordsService
}> = async (app, { users, passwords }) => {
  app.get(
    '/users',
    {
      onRequest: adminOnly,
      schema: { tags: ['users'], summary: 'All accounts', response: { 200: UserListSchema, ...errors } },
    },
    async () => ({ items: await users.list() }),
  )

  app.post(
    '/users',
    {
      onRequest: adminOnly,
      schema: {
        tags: ['users'],
        summary: 'Create an account',
        body: CreateUserSchema,
        response: { 201: UserSchema, 409: ErrorSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await users.create(actorOf(request), request.body)),
  )

  app.patch(
    '/users/:userId',
    {
      onRequest: adminOnly,
      schema: {
        tags: ['users'],
        summary: 'Change an account’s name or role, or (de)activate it; deactivation ends its sessions',
        params: UserParamsSchema,
        body: UpdateUserSchema,
        response: { 200: UserSchema, 404: ErrorSchema, 409: ErrorSchema, ...errors },
      },
    },
    (request) => users.update(actorOf(request), request.params.userId, request.body),
  )

  app.post(
    '/users/:userId/password-reset',
    {
      onRequest: adminOnly,
      schema: {
        tags: ['users'],
        summary: 'Issue a one-time password reset link for an account (shown once; hand it to its owner)',
        params: UserParamsSchema,
        response: { 201: PasswordResetIssuedSchema, 404: ErrorSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await passwords.issueReset(actorOf(request), request.params.userId)),
  )
}
