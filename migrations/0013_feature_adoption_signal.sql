ALTER TABLE "features" ADD COLUMN "adoption_event" text;--> statement-breakpoint
ALTER TABLE "features" ADD COLUMN "adoption_filter" jsonb;--> statement-breakpoint
ALTER TABLE "features" ADD COLUMN "adoption_flag" text;--> statement-breakpoint
ALTER TABLE "features" ADD CONSTRAINT "features_adoption_signal_check" CHECK (("features"."adoption_event" is null or "features"."adoption_flag" is null) and ("features"."adoption_filter" is null or "features"."adoption_event" is not null));
