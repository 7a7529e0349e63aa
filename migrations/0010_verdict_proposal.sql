ALTER TABLE "claims" ADD COLUMN "proposed_verdict_rating_id" uuid;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "proposed_rationale" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "proposed_by" uuid;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "proposed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_proposed_verdict_rating_id_ratings_id_fk" FOREIGN KEY ("proposed_verdict_rating_id") REFERENCES "public"."ratings"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;