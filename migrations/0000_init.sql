CREATE TYPE "public"."claim_kind" AS ENUM('allegation', 'statement_of_fact', 'quotation', 'prediction', 'opinion');--> statement-breakpoint
CREATE TYPE "public"."claim_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'corrected', 'retracted');--> statement-breakpoint
CREATE TYPE "public"."entity_kind" AS ENUM('person', 'organisation', 'outlet', 'government_body', 'anonymous_group');--> statement-breakpoint
CREATE TYPE "public"."evidence_relation" AS ENUM('supports', 'refutes', 'context');--> statement-breakpoint
CREATE TYPE "public"."hop_access" AS ENUM('direct', 'second_hand', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."hop_role" AS ENUM('origin', 'relay', 'publisher');--> statement-breakpoint
CREATE TYPE "public"."information_credibility" AS ENUM('1', '2', '3', '4', '5', '6');--> statement-breakpoint
CREATE TYPE "public"."reply_channel" AS ENUM('email', 'phone', 'in_person', 'social_media', 'letter', 'other');--> statement-breakpoint
CREATE TYPE "public"."response_stance" AS ENUM('denies', 'admits', 'partially_admits', 'confirms', 'declines_to_comment', 'did_not_respond');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('checker', 'editor', 'admin');--> statement-breakpoint
CREATE TYPE "public"."source_reliability" AS ENUM('A', 'B', 'C', 'D', 'E', 'F');--> statement-breakpoint
CREATE TYPE "public"."sourcing_grade" AS ENUM('S1', 'S2', 'S3', 'S4', 'S5', 'S6');--> statement-breakpoint
CREATE TABLE "article_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"body" text NOT NULL,
	"sha256" text NOT NULL,
	"source_format" text DEFAULT 'text' NOT NULL,
	"imported_by" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "article_versions_number_key" UNIQUE("article_id","number"),
	CONSTRAINT "article_versions_number_positive" CHECK ("article_versions"."number" > 0),
	CONSTRAINT "article_versions_sha256_shape" CHECK ("article_versions"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "article_versions_source_format" CHECK ("article_versions"."source_format" IN ('text', 'html', 'url'))
);
--> statement-breakpoint
CREATE TABLE "articles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"outlet_id" uuid,
	"url" text,
	"byline" text,
	"published_on" date,
	"language" text DEFAULT 'en' NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "articles_title_not_blank" CHECK (btrim("articles"."title") <> ''),
	CONSTRAINT "articles_url_scheme" CHECK ("articles"."url" IS NULL OR "articles"."url" ~* '^https?://'),
	CONSTRAINT "articles_language_tag" CHECK ("articles"."language" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$')
);
--> statement-breakpoint
CREATE TABLE "claim_corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"claim_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"what_changed" text NOT NULL,
	"reason" text NOT NULL,
	"issued_by" uuid,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "claim_corrections_kind" CHECK ("claim_corrections"."kind" IN ('correction', 'retraction')),
	CONSTRAINT "claim_corrections_reason_not_blank" CHECK (btrim("claim_corrections"."reason") <> '')
);
--> statement-breakpoint
CREATE TABLE "claim_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"claim_id" uuid NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "claim_notes_body_not_blank" CHECK (btrim("claim_notes"."body") <> '')
);
--> statement-breakpoint
CREATE TABLE "claim_subjects" (
	"claim_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	CONSTRAINT "claim_subjects_claim_id_entity_id_pk" PRIMARY KEY("claim_id","entity_id")
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"article_version_id" uuid NOT NULL,
	"anchor_start" integer NOT NULL,
	"anchor_end" integer NOT NULL,
	"anchor_exact" text NOT NULL,
	"anchor_prefix" text DEFAULT '' NOT NULL,
	"anchor_suffix" text DEFAULT '' NOT NULL,
	"orphaned" boolean DEFAULT false NOT NULL,
	"statement" text NOT NULL,
	"headline" text NOT NULL,
	"claimant_id" uuid,
	"kind" "claim_kind" NOT NULL,
	"hedges" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" "claim_status" DEFAULT 'draft' NOT NULL,
	"verdict_rating_id" uuid,
	"rationale" text,
	"created_by" uuid,
	"assignee_id" uuid,
	"published_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "claims_anchor_range" CHECK ("claims"."anchor_start" >= 0 AND "claims"."anchor_end" > "claims"."anchor_start"),
	CONSTRAINT "claims_anchor_exact_length" CHECK (char_length("claims"."anchor_exact") > 0),
	CONSTRAINT "claims_anchor_context_length" CHECK (char_length("claims"."anchor_prefix") <= 64 AND char_length("claims"."anchor_suffix") <= 64),
	CONSTRAINT "claims_headline_length" CHECK (char_length("claims"."headline") BETWEEN 1 AND 75),
	CONSTRAINT "claims_statement_not_blank" CHECK (btrim("claims"."statement") <> ''),
	CONSTRAINT "claims_public_has_verdict" CHECK ("claims"."status" NOT IN ('published', 'corrected', 'retracted') OR ("claims"."verdict_rating_id" IS NOT NULL AND "claims"."published_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "entities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "entity_kind" NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"wikidata_id" text,
	"description" text,
	"merged_into_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "entities_name_not_blank" CHECK (btrim("entities"."name") <> ''),
	CONSTRAINT "entities_wikidata_shape" CHECK ("entities"."wikidata_id" IS NULL OR "entities"."wikidata_id" ~ '^Q[0-9]+$'),
	CONSTRAINT "entities_not_merged_into_self" CHECK ("entities"."merged_into_id" IS NULL OR "entities"."merged_into_id" <> "entities"."id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"claim_id" uuid,
	"before" jsonb,
	"after" jsonb,
	"request_id" text,
	CONSTRAINT "events_action_shape" CHECK ("events"."action" ~ '^[a-z_]+(\.[a-z_]+)+$')
);
--> statement-breakpoint
CREATE TABLE "rating_scales" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"is_default" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rating_scales_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "ratings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scale_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"colour" text NOT NULL,
	"rating_value" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ratings_scale_position_key" UNIQUE("scale_id","position"),
	CONSTRAINT "ratings_scale_label_key" UNIQUE("scale_id","label"),
	CONSTRAINT "ratings_colour_hex" CHECK ("ratings"."colour" ~ '^#[0-9a-fA-F]{6}$'),
	CONSTRAINT "ratings_label_not_blank" CHECK (btrim("ratings"."label") <> '')
);
--> statement-breakpoint
CREATE TABLE "evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"claim_id" uuid NOT NULL,
	"relation" "evidence_relation" NOT NULL,
	"url" text,
	"title" text NOT NULL,
	"note" text,
	"added_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_url_scheme" CHECK ("evidence"."url" IS NULL OR "evidence"."url" ~* '^https?://'),
	CONSTRAINT "evidence_title_not_blank" CHECK (btrim("evidence"."title") <> '')
);
--> statement-breakpoint
CREATE TABLE "reply_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"claim_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"channel" "reply_channel" NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"note" text,
	"response_id" uuid,
	"requested_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reply_requests_deadline_after_request" CHECK ("reply_requests"."deadline" >= "reply_requests"."requested_at")
);
--> statement-breakpoint
CREATE TABLE "responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"claim_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"stance" "response_stance" NOT NULL,
	"words" text,
	"words_start" integer,
	"words_end" integer,
	"addresses_part" text,
	"channel" "reply_channel",
	"responded_on" date,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "responses_words_anchor" CHECK (("responses"."words_start" IS NULL AND "responses"."words_end" IS NULL) OR ("responses"."words_start" >= 0 AND "responses"."words_end" > "responses"."words_start"))
);
--> statement-breakpoint
CREATE TABLE "attribution_chains" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"claim_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attribution_chains_position_key" UNIQUE("claim_id","position"),
	CONSTRAINT "attribution_chains_position_nonnegative" CHECK ("attribution_chains"."position" >= 0)
);
--> statement-breakpoint
CREATE TABLE "chain_hops" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"chain_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"entity_id" uuid NOT NULL,
	"role" "hop_role" NOT NULL,
	"named" boolean NOT NULL,
	"on_record" boolean NOT NULL,
	"access" "hop_access" DEFAULT 'unknown' NOT NULL,
	"anonymity_reason_given" boolean DEFAULT false NOT NULL,
	"cue" text,
	"cue_start" integer,
	"cue_end" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chain_hops_position_key" UNIQUE("chain_id","position"),
	CONSTRAINT "chain_hops_position_nonnegative" CHECK ("chain_hops"."position" >= 0),
	CONSTRAINT "chain_hops_cue_anchor" CHECK (("chain_hops"."cue_start" IS NULL AND "chain_hops"."cue_end" IS NULL) OR ("chain_hops"."cue_start" >= 0 AND "chain_hops"."cue_end" > "chain_hops"."cue_start"))
);
--> statement-breakpoint
CREATE TABLE "source_reliability_ratings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"reliability" "source_reliability" NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "source_reliability_ratings_key" UNIQUE("assessment_id","entity_id")
);
--> statement-breakpoint
CREATE TABLE "sourcing_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"claim_id" uuid NOT NULL,
	"information_credibility" "information_credibility",
	"computed_grade" "sourcing_grade",
	"override_grade" "sourcing_grade",
	"override_reason" text,
	"assessed_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sourcing_assessments_claimId_unique" UNIQUE("claim_id"),
	CONSTRAINT "sourcing_assessments_override_reason" CHECK ("sourcing_assessments"."override_grade" IS NULL OR ("sourcing_assessments"."override_reason" IS NOT NULL AND btrim("sourcing_assessments"."override_reason") <> ''))
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"user_agent" text,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"role" "role" NOT NULL,
	"password_hash" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_shape" CHECK ("users"."email" ~ '^[^@[:space:]]+@[^@[:space:]]+$')
);
--> statement-breakpoint
ALTER TABLE "article_versions" ADD CONSTRAINT "article_versions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_versions" ADD CONSTRAINT "article_versions_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_outlet_id_entities_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."entities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_corrections" ADD CONSTRAINT "claim_corrections_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_corrections" ADD CONSTRAINT "claim_corrections_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_notes" ADD CONSTRAINT "claim_notes_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_notes" ADD CONSTRAINT "claim_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_subjects" ADD CONSTRAINT "claim_subjects_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_subjects" ADD CONSTRAINT "claim_subjects_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_article_version_id_article_versions_id_fk" FOREIGN KEY ("article_version_id") REFERENCES "public"."article_versions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_claimant_id_entities_id_fk" FOREIGN KEY ("claimant_id") REFERENCES "public"."entities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_verdict_rating_id_ratings_id_fk" FOREIGN KEY ("verdict_rating_id") REFERENCES "public"."ratings"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entities" ADD CONSTRAINT "entities_merged_into_id_entities_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."entities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_scale_id_rating_scales_id_fk" FOREIGN KEY ("scale_id") REFERENCES "public"."rating_scales"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reply_requests" ADD CONSTRAINT "reply_requests_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reply_requests" ADD CONSTRAINT "reply_requests_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reply_requests" ADD CONSTRAINT "reply_requests_response_id_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reply_requests" ADD CONSTRAINT "reply_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attribution_chains" ADD CONSTRAINT "attribution_chains_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_hops" ADD CONSTRAINT "chain_hops_chain_id_attribution_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."attribution_chains"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_hops" ADD CONSTRAINT "chain_hops_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_reliability_ratings" ADD CONSTRAINT "source_reliability_ratings_assessment_id_sourcing_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."sourcing_assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_reliability_ratings" ADD CONSTRAINT "source_reliability_ratings_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sourcing_assessments" ADD CONSTRAINT "sourcing_assessments_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sourcing_assessments" ADD CONSTRAINT "sourcing_assessments_assessed_by_users_id_fk" FOREIGN KEY ("assessed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "articles_outlet_idx" ON "articles" USING btree ("outlet_id");--> statement-breakpoint
CREATE INDEX "articles_created_idx" ON "articles" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "claim_corrections_claim_idx" ON "claim_corrections" USING btree ("claim_id");--> statement-breakpoint
CREATE INDEX "claim_notes_claim_idx" ON "claim_notes" USING btree ("claim_id");--> statement-breakpoint
CREATE INDEX "claim_subjects_entity_idx" ON "claim_subjects" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "claims_article_idx" ON "claims" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "claims_status_idx" ON "claims" USING btree ("status");--> statement-breakpoint
CREATE INDEX "claims_published_idx" ON "claims" USING btree ("published_at" DESC NULLS LAST,"id") WHERE "claims"."published_at" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "entities_wikidata_key" ON "entities" USING btree ("wikidata_id");--> statement-breakpoint
CREATE INDEX "entities_name_lower_idx" ON "entities" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "events_subject_idx" ON "events" USING btree ("subject_type","subject_id","id");--> statement-breakpoint
CREATE INDEX "events_claim_idx" ON "events" USING btree ("claim_id","id") WHERE "events"."claim_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "rating_scales_one_default" ON "rating_scales" USING btree ("is_default") WHERE "rating_scales"."is_default";--> statement-breakpoint
CREATE INDEX "evidence_claim_idx" ON "evidence" USING btree ("claim_id");--> statement-breakpoint
CREATE INDEX "reply_requests_claim_idx" ON "reply_requests" USING btree ("claim_id");--> statement-breakpoint
CREATE INDEX "reply_requests_open_deadline_idx" ON "reply_requests" USING btree ("deadline") WHERE "reply_requests"."response_id" IS NULL;--> statement-breakpoint
CREATE INDEX "responses_claim_idx" ON "responses" USING btree ("claim_id");--> statement-breakpoint
CREATE INDEX "responses_entity_idx" ON "responses" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "chain_hops_entity_idx" ON "chain_hops" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_key" ON "users" USING btree (lower("email"));