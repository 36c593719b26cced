-- Product marketers may comment on products (the ownership matrix says so): products become commentable.
ALTER TABLE "comments" DROP CONSTRAINT "comments_entity_type_check";--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_entity_type_check" CHECK ("comments"."entity_type" in ('product', 'feature', 'feedback', 'release', 'persona', 'competitor', 'battlecard', 'positioning', 'messaging', 'launch', 'release_note', 'requirement', 'program', 'campaign'));--> statement-breakpoint
-- A workspace may require positioning and messaging to be approved by someone other than their author.
ALTER TABLE "workspaces" ADD COLUMN "require_second_approver" boolean DEFAULT false NOT NULL;
