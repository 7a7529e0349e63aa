import { isRealDate } from '@claimtrail/contracts'
import { type SQL, type SQLWrapper, sql } from 'drizzle-orm'
import { z } from 'zod'
import { InvalidError } from '../errors.ts'

/** Opaque keyset cursors: the sort key of the last row of a page, base64url-encoded. */
export function encodeCursor(parts: string[]): string {
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url')
}

export function decodeCursor(cursor: string, length: number): string[] {
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (Array.isArray(parts) && parts.length === length && parts.every((p) => typeof p === 'string'))
      return parts
  } catch {
    // fall through
  }
  throw new InvalidError('cursor: not a cursor this API issued')
}

/**
 * A timestamp as sortable UTC text with PostgreSQL's microseconds, for keyset cursors: a JS Date
 * keeps milliseconds only, and a cursor rounded that way could skip a row of the same millisecond.
 */
export function timestampKey(column: SQLWrapper): SQL<string> {
  return sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`
}

/** A (timestamp key, uuid) cursor this API issued, or a 400 naming `cursor`. */
export function decodeTimestampCursor(cursor: string): { at: string; id: string } {
  const [at = '', id = ''] = decodeCursor(cursor, 2)
  if (
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(at) ||
    !isRealDate(at) ||
    !z.uuid().safeParse(id).success
  ) {
    throw new InvalidError('cursor: not a cursor this API issued')
  }
  return { at, id }
}
