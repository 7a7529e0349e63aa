ALTER TABLE "published_claims" ADD COLUMN "responder_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
-- Records written before this column: whoever responded in the frozen record (entity pages list
-- a person's responses from this column instead of reading every record naming them).
UPDATE "published_claims" SET "responder_ids" = ARRAY(
  SELECT DISTINCT (r -> 'entity' ->> 'id')::uuid
  FROM jsonb_array_elements("record" -> 'detail' -> 'responses') AS r
) WHERE jsonb_array_length("record" -> 'detail' -> 'responses') > 0;--> statement-breakpoint
CREATE INDEX "published_claims_responders_idx" ON "published_claims" USING gin ("responder_ids");
