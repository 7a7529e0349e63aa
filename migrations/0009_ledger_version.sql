CREATE TABLE "ledger_state" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "ledger_state_one_row" CHECK ("ledger_state"."id" = 1)
);
--> statement-breakpoint
INSERT INTO "ledger_state" ("id", "version") VALUES (1, 0);
--> statement-breakpoint
-- Raised at commit, once per writing transaction: a deferred constraint trigger runs when the
-- transaction commits, so the row lock is the last thing it takes (no lock-order deadlock with the
-- rows it changed) and is held only for the commit itself. A reader that reads the version before
-- the ledger therefore never caches an answer older than the version it files it under. The
-- transaction-local setting keeps a bulk insert of events to one update.
CREATE OR REPLACE FUNCTION claimtrail_bump_ledger_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('claimtrail.ledger_bumped', true) IS DISTINCT FROM txid_current()::text THEN
    UPDATE ledger_state SET version = version + 1 WHERE id = 1;
    PERFORM set_config('claimtrail.ledger_bumped', txid_current()::text, true);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER events_bump_ledger_version
  AFTER INSERT ON events
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION claimtrail_bump_ledger_version();
