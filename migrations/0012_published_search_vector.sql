-- The public ledger searches what was published (docs/decisions/019-publication-snapshots.md):
-- the same expression as claims.search_vector (migration 0007), over the frozen texts. Not in the
-- drizzle schema on purpose: searches name it through schema.publishedSearchVector.
ALTER TABLE "published_claims" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, translate("headline" || ' ' || "statement" || ' ' || "quote" || ' ' || coalesce("rationale", ''), '<>', '  '))) STORED;--> statement-breakpoint
CREATE INDEX "published_claims_search_idx" ON "published_claims" USING gin ("search_vector");
