import { z } from 'zod'

export const IdSchema = z.uuid()
export const IsoDateTimeSchema = z.iso.datetime({ offset: true })

/** Every error the API answers, whatever the status. */
export const ErrorSchema = z.object({
  code: z.string().meta({ description: 'Machine-readable error code, e.g. NOT_FOUND, CONFLICT, VALIDATION' }),
  message: z.string(),
  requestId: z.string(),
  details: z.unknown().optional(),
})
export type ApiError = z.infer<typeof ErrorSchema>

export const HealthSchema = z.object({
  /** starting: the server is up but still waiting for the database (it retries, it does not exit). */
  status: z.enum(['ok', 'unavailable', 'starting']),
  database: z.enum(['up', 'down']),
  driver: z.enum(['pglite', 'pg']),
  /** Why the database is down, when it is: what the driver said, and what the server does about it. */
  reason: z.string().optional(),
})
export type Health = z.infer<typeof HealthSchema>
