DROP INDEX "claims_public_headline_key_idx";--> statement-breakpoint
DROP INDEX "claims_public_statement_key_idx";--> statement-breakpoint
CREATE INDEX "claims_headline_key_idx" ON "claims" USING btree (btrim(regexp_replace(lower("headline"), '[^[:alnum:]]+', ' ', 'g')));--> statement-breakpoint
CREATE INDEX "claims_statement_key_idx" ON "claims" USING btree (btrim(regexp_replace(lower("statement"), '[^[:alnum:]]+', ' ', 'g')));--> statement-breakpoint
-- The planner reads an expression index's statistics only once ANALYZE has gathered them.
ANALYZE "claims";
