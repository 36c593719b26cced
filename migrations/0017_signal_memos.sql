CREATE TABLE "signal_memos" (
	"workspace_id" uuid NOT NULL,
	"key" text NOT NULL,
	"marked_at" timestamp (3) with time zone,
	"value" jsonb NOT NULL,
	"computed_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "signal_memos_workspace_id_key_pk" PRIMARY KEY("workspace_id","key")
);
--> statement-breakpoint
ALTER TABLE "signal_memos" ADD CONSTRAINT "signal_memos_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "signal_memos_computed_idx" ON "signal_memos" USING btree ("computed_at");
