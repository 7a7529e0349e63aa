import type { ApiError } from '@claimtrail/contracts'
import { isDatabaseUnavailable } from '@claimtrail/db'
import type { FastifyError, FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
  type ZodFastifySchemaValidationError,
} from 'fastify-type-provider-zod'
import { AppError } from '../errors.ts'

/** The SQLSTATE of a driver error anywhere in the cause chain (drizzle wraps driver errors). */
function sqlState(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
  }
  return undefined
}

// Constraint violations the services did not foresee are still the client's data, not our crash:
// answer them as conflicts or bad input, without leaking SQL.
const CONSTRAINT_ERRORS: Record<string, [number, string, string]> = {
  '23505': [409, 'CONFLICT', 'This conflicts with an existing record'],
  '23503': [409, 'CONFLICT', 'This refers to a record that does not exist or is still referenced'],
  '23514': [400, 'INVALID', 'A value breaks a rule of the data model'],
  '22001': [400, 'INVALID', 'A value is too long'],
  '40001': [409, 'CONFLICT', 'A concurrent change got in the way; retry'],
  '40P01': [409, 'CONFLICT', 'A concurrent change got in the way; retry'],
}

/**
 * The one place errors become responses: `{ code, message, requestId }` with the right status.
 * Validation failures name the field; unexpected errors are logged with their stack and answered
 * with a generic message (no stack, no SQL).
 */
export const errorHandler = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const send = (status: number, body: Omit<ApiError, 'requestId'>) =>
      reply.status(status).send({ ...body, requestId: request.id } satisfies ApiError)

    if (hasZodFastifySchemaValidationErrors(error)) return send(400, validationBody(error))
    if (error instanceof AppError) {
      reply.headers(error.headers())
      return send(error.statusCode, appErrorBody(error))
    }
    // Before the constraint table: a connection lost mid-transaction can surface with its own
    // SQLSTATE (57P01 on pg_terminate_backend) or as the failed rollback that followed it.
    if (isDatabaseUnavailable(error)) {
      request.log.error({ err: error }, 'database unavailable')
      reply.header('retry-after', '5')
      return send(503, { code: 'UNAVAILABLE', message: 'The database is unavailable; try again shortly' })
    }
    const constraint = CONSTRAINT_ERRORS[sqlState(error) ?? '']
    if (constraint) {
      request.log.warn({ err: error }, 'constraint violation')
      return send(constraint[0], { code: constraint[1], message: constraint[2] })
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response does not match its schema')
      return send(500, { code: 'INTERNAL', message: 'Something went wrong on our side' })
    }
    // Fastify's own client errors (malformed JSON, body too large, unsupported media type...).
    if (isClientError(error)) {
      return send(error.statusCode, { code: error.code ?? 'BAD_REQUEST', message: error.message })
    }
    request.log.error({ err: error }, 'unhandled error')
    return send(500, { code: 'INTERNAL', message: 'Something went wrong on our side' })
  })

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({
      code: 'NOT_FOUND',
      message: `No route for ${request.method} ${request.url.split('?')[0]}`,
      requestId: request.id,
    } satisfies ApiError)
  })
})

/** A schema validation failure names its first field in the message and lists them all. */
function validationBody(
  error: Pick<FastifyError, 'validationContext'> & { validation: ZodFastifySchemaValidationError[] },
): Omit<ApiError, 'requestId'> {
  const issues = error.validation.map((v) => ({
    field: [error.validationContext, ...v.instancePath.split('/').filter(Boolean)].join('.'),
    message: v.message ?? 'is invalid',
  }))
  const first = issues[0]
  return {
    code: 'VALIDATION',
    message: first ? `${first.field}: ${first.message}` : 'The request is invalid',
    details: { issues },
  }
}

function appErrorBody(error: AppError): Omit<ApiError, 'requestId'> {
  return {
    code: error.code,
    message: error.message,
    ...(error.details === undefined ? {} : { details: error.details }),
  }
}

function isClientError(error: FastifyError): error is FastifyError & { statusCode: number } {
  return typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500
}
