-- The ledger's version (0009) invalidates every cached public answer. Events that cannot change
-- anything a reader sees no longer raise it: accounts and sessions (a login emptied the public
-- cache), suggestion decisions (drafts are not public) and the job queue's own bookkeeping (a long
-- suggestions job invalidated it twice). Everything else still does, so a new kind of event is
-- public until it is listed here.
CREATE OR REPLACE FUNCTION claimtrail_bump_ledger_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF split_part(NEW.action, '.', 1) IN ('user', 'session', 'suggestion', 'job') THEN
    RETURN NULL;
  END IF;
  IF current_setting('claimtrail.ledger_bumped', true) IS DISTINCT FROM txid_current()::text THEN
    UPDATE ledger_state SET version = version + 1 WHERE id = 1;
    PERFORM set_config('claimtrail.ledger_bumped', txid_current()::text, true);
  END IF;
  RETURN NULL;
END;
$$;
