ALTER TABLE "feedback" ADD COLUMN "flag" text;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_flag_check" CHECK ("feedback"."flag" in ('revenue_detractor'));--> statement-breakpoint
CREATE INDEX "feedback_flag_idx" ON "feedback" USING btree ("workspace_id","flag","created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "feedback"."flag" is not null;
