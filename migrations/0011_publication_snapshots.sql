CREATE TABLE "article_change_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"claim_id" uuid NOT NULL,
	"from_version_id" uuid NOT NULL,
	"to_version_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"before" jsonb NOT NULL,
	"after" jsonb,
	"resolution" text,
	"resolution_note" text,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "article_change_flags_kind" CHECK ("article_change_flags"."kind" IN ('unchanged', 'changed', 'gone')),
	CONSTRAINT "article_change_flags_resolution" CHECK ("article_change_flags"."resolution" IS NULL OR "article_change_flags"."resolution" IN ('corrected', 'dismissed', 'superseded')),
	CONSTRAINT "article_change_flags_dismissal_note" CHECK ("article_change_flags"."resolution" IS DISTINCT FROM 'dismissed' OR btrim(coalesce("article_change_flags"."resolution_note", '')) <> '')
);
--> statement-breakpoint
CREATE TABLE "published_claims" (
	"claim_id" uuid PRIMARY KEY NOT NULL,
	"revision" integer NOT NULL,
	"status" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"article_id" uuid NOT NULL,
	"article_version_id" uuid NOT NULL,
	"outlet_id" uuid,
	"headline" text NOT NULL,
	"statement" text NOT NULL,
	"quote" text NOT NULL,
	"rationale" text,
	"verdict_label" text NOT NULL,
	"grade" text,
	"subject_ids" uuid[] NOT NULL,
	"by_ids" uuid[] NOT NULL,
	"mention_ids" uuid[] NOT NULL,
	"record" jsonb NOT NULL,
	CONSTRAINT "published_claims_status" CHECK ("published_claims"."status" IN ('published', 'corrected', 'retracted')),
	CONSTRAINT "published_claims_revision_positive" CHECK ("published_claims"."revision" > 0)
);
--> statement-breakpoint
ALTER TABLE "article_change_flags" ADD CONSTRAINT "article_change_flags_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_change_flags" ADD CONSTRAINT "article_change_flags_from_version_id_article_versions_id_fk" FOREIGN KEY ("from_version_id") REFERENCES "public"."article_versions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_change_flags" ADD CONSTRAINT "article_change_flags_to_version_id_article_versions_id_fk" FOREIGN KEY ("to_version_id") REFERENCES "public"."article_versions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_change_flags" ADD CONSTRAINT "article_change_flags_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "published_claims" ADD CONSTRAINT "published_claims_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "published_claims" ADD CONSTRAINT "published_claims_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "published_claims" ADD CONSTRAINT "published_claims_article_version_id_article_versions_id_fk" FOREIGN KEY ("article_version_id") REFERENCES "public"."article_versions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_change_flags_claim_idx" ON "article_change_flags" USING btree ("claim_id","created_at");--> statement-breakpoint
CREATE INDEX "article_change_flags_open_idx" ON "article_change_flags" USING btree ("created_at") WHERE "article_change_flags"."resolution" IS NULL;--> statement-breakpoint
CREATE INDEX "published_claims_order_idx" ON "published_claims" USING btree ("published_at" DESC NULLS FIRST,"claim_id");--> statement-breakpoint
CREATE INDEX "published_claims_article_idx" ON "published_claims" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "published_claims_subjects_idx" ON "published_claims" USING gin ("subject_ids");--> statement-breakpoint
CREATE INDEX "published_claims_by_idx" ON "published_claims" USING gin ("by_ids");--> statement-breakpoint
CREATE INDEX "published_claims_mentions_idx" ON "published_claims" USING gin ("mention_ids");