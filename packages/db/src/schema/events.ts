import type { AuditAction } from '@claimtrail/contracts'
import { sql } from 'drizzle-orm'
import {
  bigint,
  bigserial,
  check,
  index,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core'
import { users } from './users.ts'

/**
 * The audit log: every change is one appended row, written in the same transaction as the change.
 * A trigger (migration 0001) makes the database itself refuse UPDATE, DELETE and TRUNCATE here.
 */
export const events = pgTable(
  'events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    occurredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // No foreign-key cascade: deleting a user must never rewrite history.
    actorId: uuid().references(() => users.id, { onDelete: 'no action' }),
    // One of the contract's AUDIT_ACTIONS (packages/contracts/src/audit-events.ts).
    action: text().$type<AuditAction>().notNull(),
    subjectType: text().notNull(),
    subjectId: text().notNull(),
    // The claim an event belongs to, so a claim's history is one indexed read.
    claimId: uuid(),
    before: jsonb(),
    after: jsonb(),
    requestId: text(),
  },
  (t) => [
    check('events_action_shape', sql`${t.action} ~ '^[a-z_]+(\\.[a-z_]+)+$'`),
    index('events_subject_idx').on(t.subjectType, t.subjectId, t.id),
    index('events_claim_idx').on(t.claimId, t.id).where(sql`${t.claimId} IS NOT NULL`),
  ],
)

/**
 * One row: a counter the database raises when a transaction that wrote audit events commits (a
 * deferred trigger on events, migration 0009). Every write has its event, so a reader that saw
 * version N before reading the ledger knows its answer holds until the counter moves: the public
 * API caches on it. Not data: backups leave it out.
 */
export const ledgerState = pgTable(
  'ledger_state',
  {
    id: smallint().primaryKey().default(1),
    version: bigint({ mode: 'number' }).notNull().default(0),
  },
  (t) => [check('ledger_state_one_row', sql`${t.id} = 1`)],
)
