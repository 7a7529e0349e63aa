ALTER TABLE "source_watch_changes" ADD COLUMN "summary" text;--> statement-breakpoint
ALTER TABLE "watched_sources" ADD COLUMN "last_byte_size" integer;