import { z } from 'zod'

export const IdSchema = z.uuid()

/** Any 8-4-4-4-12 hexadecimal string: the shape of an id, whatever its version bits. */
const UUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
export const isUuidText = (value: string): boolean => UUID_TEXT.test(value)

/**
 * Whether text starting YYYY-MM-DD names a day that exists, in the years PostgreSQL and ISO 8601
 * basic form share (0001–9999): 2024-02-30 and 0000-01-01 pass a pattern but not the database.
 */
export function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (year < 1) return false
  const date = new Date(Date.UTC(2000, month - 1, day))
  date.setUTCFullYear(year)
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}
const NOT_A_DAY = 'is not a day of the calendar (years 0001–9999)'

/** A calendar date, YYYY-MM-DD, that exists. */
export const CalendarDateSchema = z.iso
  .date({ error: 'must be a date as YYYY-MM-DD' })
  .refine(isRealDate, NOT_A_DAY)
export const IsoDateTimeSchema = z.iso.datetime({ offset: true }).refine(isRealDate, NOT_A_DAY)

const UUID_SHAPE = /^[0-9a-f-]{36}$/i
const TIMESTAMP_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/

function base64urlDecode(text: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))
  } catch {
    return undefined
  }
}

/**
 * Whether text is shaped like the keyset cursors the API issues (services/cursor.ts): base64url
 * JSON of an array of a few strings, none holding NUL, every timestamp in it a real instant and
 * every id a UUID. A re-encoded cursor is a 400 here, for every list, before any query is built.
 */
export function isWellFormedCursor(text: string): boolean {
  const json = base64urlDecode(text)
  if (json === undefined) return false
  let parts: unknown
  try {
    parts = JSON.parse(json)
  } catch {
    return false
  }
  if (!Array.isArray(parts) || parts.length === 0 || parts.length > 4) return false
  return parts.every((part) => {
    if (typeof part !== 'string' || part.includes('\u0000')) return false
    if (/^\d{4}-/.test(part)) return TIMESTAMP_KEY.test(part) && isRealDate(part)
    if (UUID_SHAPE.test(part)) return z.uuid().safeParse(part).success
    return true
  })
}

/** The `cursor` query parameter of every paged list. */
export const CursorSchema = z
  .string()
  .min(1)
  .max(1000)
  .refine(isWellFormedCursor, 'is not a cursor this API issued')
  .meta({ description: 'nextCursor of the previous page' })

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
