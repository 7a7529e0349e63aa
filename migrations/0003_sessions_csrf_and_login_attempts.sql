CREATE TABLE "login_attempts" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "csrf_secret" text NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "login_attempts_key_window" ON "login_attempts" USING btree ("key","window_start");--> statement-breakpoint
CREATE INDEX "login_attempts_window_idx" ON "login_attempts" USING btree ("window_start");