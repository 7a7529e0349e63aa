import { NUL_MESSAGE, nulPaths } from '@claimtrail/contracts'
import type { FastifySchemaCompiler } from 'fastify'
import { validatorCompiler } from 'fastify-type-provider-zod'
import { type ZodType, z } from 'zod'

/**
 * The zod validator, plus the rules every request value obeys whatever its route's schema says:
 * no NUL characters in any string (PostgreSQL text cannot store them; see
 * packages/contracts/src/storable-text.ts). Failures use the zod validation error shape, so the
 * error handler names the field like any other validation error.
 */
export const requestValidatorCompiler: FastifySchemaCompiler<ZodType> = (route) => {
  const schema = route.schema
  if (!(schema instanceof z.ZodType)) return validatorCompiler(route)
  const guarded = schema.superRefine((value, context) => {
    for (const path of nulPaths(value))
      context.addIssue({ code: 'custom', path, message: NUL_MESSAGE, input: value })
  })
  return validatorCompiler({ ...route, schema: guarded })
}
