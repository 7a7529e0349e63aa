DROP INDEX "claims_status_idx";--> statement-breakpoint
DROP INDEX "articles_created_idx";--> statement-breakpoint
DROP INDEX "claims_published_idx";--> statement-breakpoint
CREATE INDEX "claims_status_updated_idx" ON "claims" USING btree ("status","updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "claims_updated_idx" ON "claims" USING btree ("updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "claims_public_published_idx" ON "claims" USING btree ("published_at" DESC NULLS FIRST,"id") WHERE "claims"."status" IN ('published', 'corrected', 'retracted');--> statement-breakpoint
CREATE INDEX "articles_created_idx" ON "articles" USING btree ("created_at" DESC NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "claims_published_idx" ON "claims" USING btree ("published_at" DESC NULLS FIRST,"id") WHERE "claims"."published_at" IS NOT NULL;