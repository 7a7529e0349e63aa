-- Full-text search reads a stored tsvector instead of stemming every row it tests (bench/README.md,
-- finding 3). The column is not in the drizzle schema on purpose: no select() of claims should carry
-- it; searches name it through schema.claimSearchVector. The expression is the one 0005 indexed.
ALTER TABLE "claims" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, translate("headline" || ' ' || "statement" || ' ' || "anchor_exact" || ' ' || coalesce("rationale", ''), '<>', '  '))) STORED;--> statement-breakpoint
DROP INDEX "claims_search_idx";--> statement-breakpoint
-- Only the public ledger searches, and only public claims: the partial index is a third of the size.
CREATE INDEX "claims_public_search_idx" ON "claims" USING gin ("search_vector") WHERE "claims"."status" IN ('published', 'corrected', 'retracted');--> statement-breakpoint
CREATE INDEX "claims_public_headline_key_idx" ON "claims" USING btree (btrim(regexp_replace(lower("headline"), '[^[:alnum:]]+', ' ', 'g'))) WHERE "claims"."status" IN ('published', 'corrected', 'retracted');--> statement-breakpoint
CREATE INDEX "claims_public_statement_key_idx" ON "claims" USING btree (btrim(regexp_replace(lower("statement"), '[^[:alnum:]]+', ' ', 'g'))) WHERE "claims"."status" IN ('published', 'corrected', 'retracted');
