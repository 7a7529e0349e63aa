CREATE TYPE "public"."suggestion_outcome" AS ENUM('accepted', 'accepted_edited', 'dismissed');--> statement-breakpoint
CREATE TABLE "suggestion_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"article_version_id" uuid NOT NULL,
	"suggestion_id" text NOT NULL,
	"outcome" "suggestion_outcome" NOT NULL,
	"types" text[] NOT NULL,
	"wrong_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"extractor_version" text NOT NULL,
	"claim_id" uuid,
	"note" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "suggestion_decisions_types_known" CHECK ("suggestion_decisions"."types" <@ array['quote','relay','response','hedge','source_kind']::text[]),
	CONSTRAINT "suggestion_decisions_wrong_within_types" CHECK ("suggestion_decisions"."wrong_types" <@ "suggestion_decisions"."types"),
	CONSTRAINT "suggestion_decisions_claim_iff_accepted" CHECK (("suggestion_decisions"."outcome" = 'dismissed') = ("suggestion_decisions"."claim_id" IS NULL)),
	CONSTRAINT "suggestion_decisions_accepted_not_wrong" CHECK ("suggestion_decisions"."outcome" <> 'accepted' OR cardinality("suggestion_decisions"."wrong_types") = 0)
);
--> statement-breakpoint
ALTER TABLE "suggestion_decisions" ADD CONSTRAINT "suggestion_decisions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestion_decisions" ADD CONSTRAINT "suggestion_decisions_article_version_id_article_versions_id_fk" FOREIGN KEY ("article_version_id") REFERENCES "public"."article_versions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestion_decisions" ADD CONSTRAINT "suggestion_decisions_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestion_decisions" ADD CONSTRAINT "suggestion_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "suggestion_decisions_one_dismissal" ON "suggestion_decisions" USING btree ("article_version_id","suggestion_id") WHERE "suggestion_decisions"."outcome" = 'dismissed';--> statement-breakpoint
CREATE INDEX "suggestion_decisions_decided_idx" ON "suggestion_decisions" USING btree ("decided_at");