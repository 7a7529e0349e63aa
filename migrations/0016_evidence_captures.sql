CREATE TABLE "evidence_captures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evidence_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"url" text NOT NULL,
	"failure_reason" text,
	"http_status" integer,
	"content_type" text,
	"final_url" text,
	"captured_at" timestamp with time zone,
	"sha256" text,
	"byte_size" integer,
	"bytes" "bytea",
	"extracted_text" text,
	"requested_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_captures_status" CHECK ("evidence_captures"."status" IN ('pending', 'ok', 'failed')),
	CONSTRAINT "evidence_captures_ok_complete" CHECK ("evidence_captures"."status" <> 'ok' OR ("evidence_captures"."sha256" IS NOT NULL AND "evidence_captures"."bytes" IS NOT NULL AND "evidence_captures"."captured_at" IS NOT NULL AND "evidence_captures"."byte_size" IS NOT NULL)),
	CONSTRAINT "evidence_captures_failed_reason" CHECK ("evidence_captures"."status" <> 'failed' OR "evidence_captures"."failure_reason" IS NOT NULL),
	CONSTRAINT "evidence_captures_sha256_hex" CHECK ("evidence_captures"."sha256" IS NULL OR "evidence_captures"."sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
ALTER TABLE "jobs" DROP CONSTRAINT "jobs_kind";--> statement-breakpoint
ALTER TABLE "evidence_captures" ADD CONSTRAINT "evidence_captures_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_captures" ADD CONSTRAINT "evidence_captures_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evidence_captures_evidence_idx" ON "evidence_captures" USING btree ("evidence_id","created_at");--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_kind" CHECK ("jobs"."kind" IN ('article_version.import', 'evidence.capture'));