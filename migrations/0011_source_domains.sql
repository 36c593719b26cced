CREATE TABLE "source_domains" (
	"domain" text PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"source_id" uuid NOT NULL
);--> statement-breakpoint
ALTER TABLE "source_domains" ADD CONSTRAINT "source_domains_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_domains" ADD CONSTRAINT "source_domains_workspace_id_source_id_sources_workspace_id_id_fk" FOREIGN KEY ("workspace_id","source_id") REFERENCES "public"."sources"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "source_domains_source_idx" ON "source_domains" USING btree ("workspace_id","source_id");
