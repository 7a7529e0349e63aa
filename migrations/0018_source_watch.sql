CREATE TABLE "source_watch_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"watched_source_id" uuid NOT NULL,
	"detected_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"http_status" integer,
	"diff" text,
	"article_version_id" uuid,
	"acknowledged_by" uuid,
	"acknowledged_at" timestamp with time zone,
	CONSTRAINT "source_watch_changes_kind" CHECK ("source_watch_changes"."kind" IN ('changed', 'dead', 'recovered'))
);
--> statement-breakpoint
CREATE TABLE "watched_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"article_id" uuid,
	"evidence_id" uuid,
	"url" text NOT NULL,
	"next_check_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_checked_at" timestamp with time zone,
	"last_status" text,
	"last_http_status" integer,
	"last_sha256" text,
	"last_text" text,
	"last_error" text,
	"last_change_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "watched_sources_articleId_unique" UNIQUE("article_id"),
	CONSTRAINT "watched_sources_evidenceId_unique" UNIQUE("evidence_id"),
	CONSTRAINT "watched_sources_kind" CHECK ("watched_sources"."kind" IN ('article', 'evidence')),
	CONSTRAINT "watched_sources_subject" CHECK (("watched_sources"."kind" = 'article' AND "watched_sources"."article_id" IS NOT NULL AND "watched_sources"."evidence_id" IS NULL) OR ("watched_sources"."kind" = 'evidence' AND "watched_sources"."evidence_id" IS NOT NULL AND "watched_sources"."article_id" IS NULL)),
	CONSTRAINT "watched_sources_url_scheme" CHECK ("watched_sources"."url" ~* '^https?://'),
	CONSTRAINT "watched_sources_last_status" CHECK ("watched_sources"."last_status" IS NULL OR "watched_sources"."last_status" IN ('alive', 'dead')),
	CONSTRAINT "watched_sources_sha256_shape" CHECK ("watched_sources"."last_sha256" IS NULL OR "watched_sources"."last_sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
ALTER TABLE "jobs" DROP CONSTRAINT "jobs_kind";--> statement-breakpoint
ALTER TABLE "jobs" ALTER COLUMN "owner_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "source_watch_changes" ADD CONSTRAINT "source_watch_changes_watched_source_id_watched_sources_id_fk" FOREIGN KEY ("watched_source_id") REFERENCES "public"."watched_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_watch_changes" ADD CONSTRAINT "source_watch_changes_article_version_id_article_versions_id_fk" FOREIGN KEY ("article_version_id") REFERENCES "public"."article_versions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_watch_changes" ADD CONSTRAINT "source_watch_changes_acknowledged_by_users_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watched_sources" ADD CONSTRAINT "watched_sources_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watched_sources" ADD CONSTRAINT "watched_sources_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "source_watch_changes_source_idx" ON "source_watch_changes" USING btree ("watched_source_id","detected_at");--> statement-breakpoint
CREATE INDEX "watched_sources_due_idx" ON "watched_sources" USING btree ("next_check_at","id");--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_kind" CHECK ("jobs"."kind" IN ('article_version.import', 'article.suggestions', 'evidence.capture', 'source_watch.check'));--> statement-breakpoint
-- Backfill (ADR 021): articles imported from a web address and evidence with a link are watched,
-- due at once; an evidence link's first check records its baseline (nothing is flagged).
-- An article's baseline is the text of its latest version fetched from the page.
INSERT INTO "watched_sources" ("kind", "article_id", "url", "last_sha256", "last_status")
SELECT DISTINCT ON (a."id") 'article', a."id", a."url", v."sha256", 'alive'
FROM "articles" a JOIN "article_versions" v ON v."article_id" = a."id" AND v."source_format" = 'url'
WHERE a."url" IS NOT NULL
ORDER BY a."id", v."number" DESC;--> statement-breakpoint
INSERT INTO "watched_sources" ("kind", "evidence_id", "url")
SELECT 'evidence', e."id", e."url" FROM "evidence" e WHERE e."url" IS NOT NULL;
