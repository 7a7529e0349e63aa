import { describe, expect, it } from 'vitest'
import { raisesLedgerVersion } from './pglite-client.ts'

// The embedded client keeps the ledger's version until a statement that may move it commits
// (pglite-client.ts): a miss here would serve a cached public page after a correction.
describe('raisesLedgerVersion', () => {
  it('sees every way an audit event is written, and DDL', () => {
    for (const sql of [
      'insert into "events" ("id", "action") values ($1, $2)',
      'INSERT INTO events (action, subject_type, subject_id) values ($1, $2, $3)',
      'with moved as (update claims set x = 1 returning id) insert into "events" ("action") select $1 from moved',
      'insert into  "events"("action") values ($1)',
      'CREATE OR REPLACE FUNCTION claimtrail_bump_ledger_version() RETURNS trigger',
      '  alter table events add column x int',
      'DROP TRIGGER events_bump_ledger_version ON events',
      'DO $$ BEGIN END $$',
      '-- Why this migration exists.\n-- A second line.\nCREATE OR REPLACE FUNCTION f() RETURNS trigger',
    ]) {
      expect(raisesLedgerVersion(sql), sql).toBe(true)
    }
  })

  it('leaves reads and writes to other tables alone', () => {
    for (const sql of [
      'select "version" from "ledger_state" where "id" = $1',
      'select * from "events" where "claim_id" = $1',
      'update "sessions" set "last_seen_at" = now() where "id" = $1',
      'insert into "events_archive" ("id") values ($1)',
      'insert into "article_versions" ("body") values ($1)',
      'set transaction isolation level repeatable read read only',
    ]) {
      expect(raisesLedgerVersion(sql), sql).toBe(false)
    }
  })
})
