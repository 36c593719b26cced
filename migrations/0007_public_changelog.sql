ALTER TABLE "workspaces" ADD COLUMN "public_changelog_slug" text;--> statement-breakpoint
CREATE UNIQUE INDEX "workspaces_public_changelog_slug_key" ON "workspaces" USING btree ("public_changelog_slug");
