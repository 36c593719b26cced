CREATE TABLE "sources" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"domains" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"key" text NOT NULL,
	"previous_key" text,
	"previous_key_expires_at" timestamp (3) with time zone,
	"revoked_at" timestamp (3) with time zone,
	CONSTRAINT "sources_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "sources_kind_check" CHECK ("sources"."kind" in ('website', 'app', 'server'))
);--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sources_key_key" ON "sources" USING btree ("key");--> statement-breakpoint
CREATE UNIQUE INDEX "sources_previous_key_key" ON "sources" USING btree ("previous_key") WHERE "sources"."previous_key" is not null;--> statement-breakpoint
CREATE INDEX "sources_workspace_idx" ON "sources" USING btree ("workspace_id","name");--> statement-breakpoint
CREATE TABLE "goals" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"event" text NOT NULL,
	"filter" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"revenue_property" text,
	"currency" text DEFAULT 'USD' NOT NULL,
	CONSTRAINT "goals_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "goals_currency_check" CHECK ("goals"."currency" ~ '^[A-Z]{3}$')
);--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "goals_name_key" ON "goals" USING btree ("workspace_id","name");--> statement-breakpoint
CREATE TABLE "signal_settings" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"model" text DEFAULT 'last_touch' NOT NULL,
	"lookback_days" integer DEFAULT 30 NOT NULL,
	"lead_events" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "signal_settings_model_check" CHECK ("signal_settings"."model" in ('first_touch', 'last_touch', 'linear', 'position_based')),
	CONSTRAINT "signal_settings_lookback_check" CHECK ("signal_settings"."lookback_days" between 1 and 365)
);--> statement-breakpoint
ALTER TABLE "signal_settings" ADD CONSTRAINT "signal_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE TABLE "events" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"source_id" uuid NOT NULL,
	"time" timestamp (3) with time zone NOT NULL,
	"received_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"distinct_id" text NOT NULL,
	"person_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"url" text,
	"path" text,
	"referrer" text,
	"referrer_domain" text,
	"utm_source" text,
	"utm_medium" text,
	"utm_campaign" text,
	"utm_content" text,
	"utm_term" text,
	"click_id" text,
	"referral_code" text,
	"channel" text NOT NULL,
	"is_bot" boolean DEFAULT false NOT NULL,
	"properties" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "events_channel_check" CHECK ("channel" in ('direct', 'organic_search', 'paid_search', 'organic_social', 'paid_social', 'email', 'affiliate', 'referral', 'display', 'video', 'other'))
) PARTITION BY RANGE ("time");--> statement-breakpoint
CREATE INDEX "events_time_brin" ON "events" USING brin ("time");--> statement-breakpoint
CREATE INDEX "events_name_idx" ON "events" USING btree ("workspace_id","name","time");--> statement-breakpoint
CREATE INDEX "events_person_idx" ON "events" USING btree ("workspace_id","person_id","time");--> statement-breakpoint
CREATE TABLE "event_keys" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"time" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "event_keys_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);--> statement-breakpoint
CREATE TABLE "persons" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"first_seen_at" timestamp (3) with time zone NOT NULL,
	"last_seen_at" timestamp (3) with time zone NOT NULL,
	"session_id" uuid,
	"email" text,
	"identified_at" timestamp (3) with time zone,
	"properties" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"contact_id" uuid,
	"customer_id" uuid,
	"is_bot" boolean DEFAULT false NOT NULL,
	CONSTRAINT "persons_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "persons_identified_idx" ON "persons" USING btree ("workspace_id","identified_at");--> statement-breakpoint
CREATE INDEX "persons_customer_idx" ON "persons" USING btree ("workspace_id","customer_id");--> statement-breakpoint
CREATE TABLE "person_distinct_ids" (
	"workspace_id" uuid NOT NULL,
	"distinct_id" text NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "person_distinct_ids_workspace_id_distinct_id_pk" PRIMARY KEY("workspace_id","distinct_id")
);--> statement-breakpoint
ALTER TABLE "person_distinct_ids" ADD CONSTRAINT "person_distinct_ids_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_distinct_ids_person_idx" ON "person_distinct_ids" USING btree ("workspace_id","person_id");--> statement-breakpoint
CREATE TABLE "event_groups" (
	"workspace_id" uuid NOT NULL,
	"group_type" text NOT NULL,
	"group_key" text NOT NULL,
	"properties" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"customer_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_groups_workspace_id_group_type_group_key_pk" PRIMARY KEY("workspace_id","group_type","group_key")
);--> statement-breakpoint
ALTER TABLE "event_groups" ADD CONSTRAINT "event_groups_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE TABLE "event_day_marks" (
	"workspace_id" uuid NOT NULL,
	"day" date NOT NULL,
	"changed_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_day_marks_workspace_id_day_pk" PRIMARY KEY("workspace_id","day")
);--> statement-breakpoint
CREATE TABLE "visits" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"source_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"started_at" timestamp (3) with time zone NOT NULL,
	"ended_at" timestamp (3) with time zone NOT NULL,
	"events" integer DEFAULT 0 NOT NULL,
	"pageviews" integer DEFAULT 0 NOT NULL,
	"landing_path" text,
	"referrer_domain" text,
	"utm_source" text,
	"utm_medium" text,
	"utm_campaign" text,
	"utm_content" text,
	"utm_term" text,
	"click_id" text,
	"referral_code" text,
	"channel" text NOT NULL,
	"is_bot" boolean DEFAULT false NOT NULL,
	CONSTRAINT "visits_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);--> statement-breakpoint
CREATE INDEX "visits_started_idx" ON "visits" USING btree ("workspace_id","started_at");--> statement-breakpoint
CREATE INDEX "visits_campaign_idx" ON "visits" USING btree ("workspace_id","utm_campaign","started_at") WHERE "visits"."utm_campaign" is not null;--> statement-breakpoint
CREATE INDEX "visits_person_idx" ON "visits" USING btree ("workspace_id","person_id","started_at");
