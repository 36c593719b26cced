DROP INDEX "features_persona_idx";--> statement-breakpoint
DROP INDEX "features_release_idx";--> statement-breakpoint
CREATE INDEX "features_persona_idx" ON "features" USING btree ("workspace_id","persona_id") WHERE "features"."persona_id" is not null;--> statement-breakpoint
CREATE INDEX "features_release_idx" ON "features" USING btree ("workspace_id","release_id") WHERE "features"."release_id" is not null;