-- Invitations are answered, never deleted: declined and revoked ones stay, so a late accept gets a clear answer.
ALTER TABLE "invitations" ADD COLUMN "declined_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "revoked_at" timestamp (3) with time zone;--> statement-breakpoint
DROP INDEX "invitations_pending_email_key";--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_pending_email_key" ON "invitations" USING btree ("workspace_id","email") WHERE "invitations"."accepted_at" is null and "invitations"."declined_at" is null and "invitations"."revoked_at" is null;--> statement-breakpoint
-- An imported row by someone who is not a member here keeps its author's name, not a user reference.
ALTER TABLE "activity" ADD COLUMN "actor_name" text;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "author_name" text;--> statement-breakpoint
ALTER TABLE "battlecards" ADD COLUMN "last_reviewed_by_name" text;--> statement-breakpoint
ALTER TABLE "features" ADD COLUMN "owner_name" text;--> statement-breakpoint
ALTER TABLE "features" ADD COLUMN "created_by_name" text;--> statement-breakpoint
ALTER TABLE "feature_feedback" ADD COLUMN "created_by_name" text;--> statement-breakpoint
ALTER TABLE "feedback" ADD COLUMN "created_by_name" text;--> statement-breakpoint
ALTER TABLE "launches" ADD COLUMN "owner_name" text;--> statement-breakpoint
ALTER TABLE "launch_tasks" ADD COLUMN "assignee_name" text;--> statement-breakpoint
ALTER TABLE "positionings" ADD COLUMN "created_by_name" text;--> statement-breakpoint
ALTER TABLE "positionings" ADD COLUMN "submitted_by_name" text;--> statement-breakpoint
ALTER TABLE "positionings" ADD COLUMN "approved_by_name" text;--> statement-breakpoint
ALTER TABLE "messaging" ADD COLUMN "created_by_name" text;--> statement-breakpoint
ALTER TABLE "messaging" ADD COLUMN "submitted_by_name" text;--> statement-breakpoint
ALTER TABLE "messaging" ADD COLUMN "approved_by_name" text;--> statement-breakpoint
ALTER TABLE "release_notes" ADD COLUMN "created_by_name" text;--> statement-breakpoint
ALTER TABLE "requirements" ADD COLUMN "created_by_name" text;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "owner_name" text;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "reviewed_by_name" text;
