CREATE TABLE "traffic_days" (
	"workspace_id" uuid NOT NULL,
	"dimension" text NOT NULL,
	"day" date NOT NULL,
	"value" text NOT NULL,
	"visits" integer NOT NULL,
	"visitors" integer NOT NULL,
	"pageviews" integer NOT NULL,
	CONSTRAINT "traffic_days_workspace_id_dimension_day_value_pk" PRIMARY KEY("workspace_id","dimension","day","value"),
	CONSTRAINT "traffic_days_dimension_check" CHECK ("traffic_days"."dimension" in ('channel', 'source', 'campaign', 'referrer', 'page'))
);--> statement-breakpoint
ALTER TABLE "traffic_days" ADD CONSTRAINT "traffic_days_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE TABLE "traffic_day_refreshes" (
	"workspace_id" uuid NOT NULL,
	"dimension" text NOT NULL,
	"day" date NOT NULL,
	"marked_at" timestamp (3) with time zone,
	"refreshed_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "traffic_day_refreshes_workspace_id_dimension_day_pk" PRIMARY KEY("workspace_id","dimension","day"),
	CONSTRAINT "traffic_day_refreshes_dimension_check" CHECK ("traffic_day_refreshes"."dimension" in ('channel', 'source', 'campaign', 'referrer', 'page'))
);--> statement-breakpoint
ALTER TABLE "traffic_day_refreshes" ADD CONSTRAINT "traffic_day_refreshes_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "visits_referral_idx" ON "visits" USING btree ("workspace_id","referral_code","started_at") WHERE "visits"."referral_code" is not null;
