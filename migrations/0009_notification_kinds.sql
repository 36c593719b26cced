ALTER TABLE "notifications" ADD COLUMN "parent_id" uuid;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "outcome" text;--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "notifications" USING btree ("user_id","workspace_id") WHERE "notifications"."read" = false;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind_check" CHECK ("notifications"."kind" in ('mention', 'review_requested', 'task_assigned', 'handoff'));--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_entity_type_check" CHECK ("notifications"."entity_type" in ('product', 'feature', 'feedback', 'release', 'persona', 'competitor', 'battlecard', 'positioning', 'messaging', 'launch', 'release_note', 'requirement', 'program', 'campaign', 'launch_task'));--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_outcome_check" CHECK ("notifications"."outcome" in ('accepted', 'sent_back'));
