import { sql } from 'drizzle-orm'
import { check, customType, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { createdAt, id } from './columns.ts'
import { evidence } from './responses.ts'
import { users } from './users.ts'

/** PostgreSQL bytea as a Buffer on both drivers (pg gives a Buffer, PGlite a Uint8Array). */
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
  toDriver: (value) => value,
})

/**
 * What an evidence link answered when it was captured (docs/decisions/020-evidence-captures.md):
 * the bytes as fetched with their SHA-256, the extracted text, status, type and final address.
 * A capture is `pending` from the request that asked for it until its job has fetched it; then
 * `ok` or `failed` with the reason. An evidence item may have several; the newest one shows.
 */
export const evidenceCaptures = pgTable(
  'evidence_captures',
  {
    id: id(),
    evidenceId: uuid()
      .notNull()
      .references(() => evidence.id, { onDelete: 'cascade' }),
    status: text().notNull().default('pending'),
    /** The address asked for (the evidence's URL at the time). */
    url: text().notNull(),
    failureReason: text(),
    httpStatus: integer(),
    contentType: text(),
    finalUrl: text(),
    capturedAt: timestamp({ withTimezone: true }),
    /** Lower-case hex SHA-256 of `bytes`, checked again whenever the snapshot is read or imported. */
    sha256: text(),
    byteSize: integer(),
    bytes: bytea(),
    extractedText: text(),
    requestedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    check('evidence_captures_status', sql`${t.status} IN ('pending', 'ok', 'failed')`),
    check(
      'evidence_captures_ok_complete',
      sql`${t.status} <> 'ok' OR (${t.sha256} IS NOT NULL AND ${t.bytes} IS NOT NULL AND ${t.capturedAt} IS NOT NULL AND ${t.byteSize} IS NOT NULL)`,
    ),
    check('evidence_captures_failed_reason', sql`${t.status} <> 'failed' OR ${t.failureReason} IS NOT NULL`),
    check('evidence_captures_sha256_hex', sql`${t.sha256} IS NULL OR ${t.sha256} ~ '^[0-9a-f]{64}$'`),
    index('evidence_captures_evidence_idx').on(t.evidenceId, t.createdAt),
  ],
)
