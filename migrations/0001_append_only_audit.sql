-- The audit log and article texts are append-only: the database itself refuses to change them
-- (docs/design.md, "Event" and "Article versions"), whatever client connects.
CREATE OR REPLACE FUNCTION claimtrail_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER events_append_only
  BEFORE UPDATE OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION claimtrail_refuse_change();
--> statement-breakpoint
CREATE TRIGGER events_no_truncate
  BEFORE TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION claimtrail_refuse_change();
--> statement-breakpoint
CREATE TRIGGER article_versions_immutable
  BEFORE UPDATE OR DELETE ON article_versions
  FOR EACH ROW EXECUTE FUNCTION claimtrail_refuse_change();
--> statement-breakpoint
CREATE TRIGGER article_versions_no_truncate
  BEFORE TRUNCATE ON article_versions
  FOR EACH STATEMENT EXECUTE FUNCTION claimtrail_refuse_change();
