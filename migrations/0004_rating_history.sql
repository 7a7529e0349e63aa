ALTER TABLE "ratings" DROP CONSTRAINT "ratings_scale_position_key";--> statement-breakpoint
ALTER TABLE "ratings" DROP CONSTRAINT "ratings_scale_label_key";--> statement-breakpoint
ALTER TABLE "ratings" ADD COLUMN "retired_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "ratings_scale_position_active" ON "ratings" USING btree ("scale_id","position") WHERE "ratings"."retired_at" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "ratings_scale_label_active" ON "ratings" USING btree ("scale_id","label") WHERE "ratings"."retired_at" IS NULL;