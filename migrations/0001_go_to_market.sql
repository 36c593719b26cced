CREATE TABLE "persona_products" (
	"workspace_id" uuid NOT NULL,
	"persona_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	CONSTRAINT "persona_products_workspace_id_persona_id_product_id_pk" PRIMARY KEY("workspace_id","persona_id","product_id")
);
--> statement-breakpoint
CREATE TABLE "personas" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"demographics" text DEFAULT '' NOT NULL,
	"firmographics" text DEFAULT '' NOT NULL,
	"goals" text[] DEFAULT '{}'::text[] NOT NULL,
	"pains" text[] DEFAULT '{}'::text[] NOT NULL,
	"motivations" text[] DEFAULT '{}'::text[] NOT NULL,
	"objections" text[] DEFAULT '{}'::text[] NOT NULL,
	"preferred_channels" text[] DEFAULT '{}'::text[] NOT NULL,
	"buying_role" text,
	CONSTRAINT "personas_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "personas_buying_role_check" CHECK ("personas"."buying_role" in ('economic_buyer', 'decision_maker', 'technical_evaluator', 'champion', 'influencer', 'user', 'gatekeeper'))
);
--> statement-breakpoint
CREATE TABLE "battlecards" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"competitor_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"when_you_meet_them" text DEFAULT '' NOT NULL,
	"quick_comparison" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"our_strengths" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"their_strengths" text[] DEFAULT '{}'::text[] NOT NULL,
	"objections" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"landmines" text[] DEFAULT '{}'::text[] NOT NULL,
	"win_themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"last_reviewed_on" date,
	"last_reviewed_by" uuid,
	CONSTRAINT "battlecards_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "competitors" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"website" text DEFAULT '' NOT NULL,
	"category" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"strengths" text[] DEFAULT '{}'::text[] NOT NULL,
	"weaknesses" text[] DEFAULT '{}'::text[] NOT NULL,
	"pricing_notes" text DEFAULT '' NOT NULL,
	CONSTRAINT "competitors_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "messaging" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"product_id" uuid NOT NULL,
	"persona_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"based_on_id" uuid,
	"created_by" uuid,
	"submitted_by" uuid,
	"submitted_at" timestamp (3) with time zone,
	"approved_by" uuid,
	"approved_at" timestamp (3) with time zone,
	"review_comment" text DEFAULT '' NOT NULL,
	"headline" text DEFAULT '' NOT NULL,
	"value_proposition" text DEFAULT '' NOT NULL,
	"pillars" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"boilerplate_short" text DEFAULT '' NOT NULL,
	"boilerplate_medium" text DEFAULT '' NOT NULL,
	"boilerplate_long" text DEFAULT '' NOT NULL,
	"elevator_pitch" text DEFAULT '' NOT NULL,
	CONSTRAINT "messaging_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "messaging_status_check" CHECK ("messaging"."status" in ('draft', 'in_review', 'approved', 'superseded'))
);
--> statement-breakpoint
CREATE TABLE "positionings" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"product_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"based_on_id" uuid,
	"created_by" uuid,
	"submitted_by" uuid,
	"submitted_at" timestamp (3) with time zone,
	"approved_by" uuid,
	"approved_at" timestamp (3) with time zone,
	"review_comment" text DEFAULT '' NOT NULL,
	"competitive_alternatives" text[] DEFAULT '{}'::text[] NOT NULL,
	"unique_attributes" text[] DEFAULT '{}'::text[] NOT NULL,
	"value_themes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"target_customer" text DEFAULT '' NOT NULL,
	"customer_need" text DEFAULT '' NOT NULL,
	"market_category" text DEFAULT '' NOT NULL,
	"relevant_trends" text[] DEFAULT '{}'::text[] NOT NULL,
	CONSTRAINT "positionings_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "positionings_status_check" CHECK ("positionings"."status" in ('draft', 'in_review', 'approved', 'superseded'))
);
--> statement-breakpoint
CREATE TABLE "launch_tasks" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"launch_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner_role" text NOT NULL,
	"assignee_id" uuid,
	"offset_days" integer DEFAULT 0 NOT NULL,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"completed_at" timestamp (3) with time zone,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "launch_tasks_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "launch_tasks_role_check" CHECK ("launch_tasks"."owner_role" in ('product_manager', 'product_marketer', 'marketer', 'sales')),
	CONSTRAINT "launch_tasks_status_check" CHECK ("launch_tasks"."status" in ('open', 'done', 'skipped'))
);
--> statement-breakpoint
CREATE TABLE "launch_templates" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"tier" integer NOT NULL,
	"tasks" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "launch_templates_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "launch_templates_tier_check" CHECK ("launch_templates"."tier" between 1 and 3)
);
--> statement-breakpoint
CREATE TABLE "launches" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"release_id" uuid,
	"product_id" uuid,
	"tier" integer NOT NULL,
	"launch_date" date NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"goals" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"owner_id" uuid,
	CONSTRAINT "launches_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "launches_tier_check" CHECK ("launches"."tier" between 1 and 3),
	CONSTRAINT "launches_status_check" CHECK ("launches"."status" in ('planned', 'in_progress', 'launched', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "release_note_features" (
	"workspace_id" uuid NOT NULL,
	"release_note_id" uuid NOT NULL,
	"feature_id" uuid NOT NULL,
	CONSTRAINT "release_note_features_workspace_id_release_note_id_feature_id_pk" PRIMARY KEY("workspace_id","release_note_id","feature_id")
);
--> statement-breakpoint
CREATE TABLE "release_notes" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"release_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"visibility" text DEFAULT 'internal' NOT NULL,
	"publish_at" timestamp (3) with time zone,
	"created_by" uuid,
	CONSTRAINT "release_notes_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "release_notes_visibility_check" CHECK ("release_notes"."visibility" in ('internal', 'public'))
);
--> statement-breakpoint
CREATE TABLE "program_requirements" (
	"workspace_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"requirement_id" uuid NOT NULL,
	CONSTRAINT "program_requirements_workspace_id_program_id_requirement_id_pk" PRIMARY KEY("workspace_id","program_id","requirement_id")
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"channels" text[] DEFAULT '{}'::text[] NOT NULL,
	"owner_id" uuid,
	"start_date" date,
	"end_date" date,
	"planned_budget" double precision DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"review_comment" text DEFAULT '' NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp (3) with time zone,
	CONSTRAINT "programs_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "programs_status_check" CHECK ("programs"."status" in ('proposed', 'sent_back', 'accepted', 'in_progress', 'done', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "requirements" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"title" text NOT NULL,
	"problem" text NOT NULL,
	"persona_id" uuid,
	"desired_outcome" text DEFAULT '' NOT NULL,
	"success_metric" text DEFAULT '' NOT NULL,
	"priority" text DEFAULT 'medium' NOT NULL,
	"due_date" date,
	"launch_id" uuid,
	"product_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by" uuid,
	CONSTRAINT "requirements_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "requirements_priority_check" CHECK ("requirements"."priority" in ('low', 'medium', 'high', 'urgent')),
	CONSTRAINT "requirements_status_check" CHECK ("requirements"."status" in ('open', 'closed', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "campaign_links" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"label" text DEFAULT '' NOT NULL,
	"destination_url" text NOT NULL,
	"utm_content" text DEFAULT '' NOT NULL,
	"utm_term" text DEFAULT '' NOT NULL,
	CONSTRAINT "campaign_links_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"program_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"channel" text NOT NULL,
	"persona_id" uuid,
	"start_date" date,
	"end_date" date,
	"planned_spend" double precision DEFAULT 0 NOT NULL,
	"actual_spend" double precision DEFAULT 0 NOT NULL,
	"target_metrics" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"utm_source" text NOT NULL,
	"utm_medium" text NOT NULL,
	"utm_campaign" text NOT NULL,
	"landing_url" text DEFAULT '' NOT NULL,
	CONSTRAINT "campaigns_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "campaigns_channel_check" CHECK ("campaigns"."channel" in ('email', 'paid_search', 'paid_social', 'organic_social', 'video_ads', 'content', 'seo', 'website', 'events', 'pr', 'webinar', 'affiliate', 'direct_sales', 'in_product')),
	CONSTRAINT "campaigns_status_check" CHECK ("campaigns"."status" in ('planned', 'active', 'paused', 'completed', 'cancelled')),
	CONSTRAINT "campaigns_dates_check" CHECK ("campaigns"."end_date" is null or "campaigns"."start_date" is null or "campaigns"."end_date" >= "campaigns"."start_date")
);
--> statement-breakpoint
CREATE TABLE "touchpoints" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"campaign_id" uuid,
	"program_id" uuid,
	"stage" text NOT NULL,
	"position" integer NOT NULL,
	"channel" text NOT NULL,
	"asset" text DEFAULT '' NOT NULL,
	"messaging_id" uuid,
	"message_ref" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	CONSTRAINT "touchpoints_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "touchpoints_owner_check" CHECK (("touchpoints"."campaign_id" is null) <> ("touchpoints"."program_id" is null)),
	CONSTRAINT "touchpoints_stage_check" CHECK ("touchpoints"."stage" in ('awareness', 'consideration', 'conversion', 'retention')),
	CONSTRAINT "touchpoints_channel_check" CHECK ("touchpoints"."channel" in ('email', 'paid_search', 'paid_social', 'organic_social', 'video_ads', 'content', 'seo', 'website', 'events', 'pr', 'webinar', 'affiliate', 'direct_sales', 'in_product'))
);
--> statement-breakpoint
CREATE TABLE "affiliates" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"kind" text DEFAULT 'affiliate' NOT NULL,
	"website" text DEFAULT '' NOT NULL,
	"contact_name" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"referral_code" text NOT NULL,
	"commission_model" text NOT NULL,
	"commission_value" double precision NOT NULL,
	"status" text DEFAULT 'prospect' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	CONSTRAINT "affiliates_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "affiliates_kind_check" CHECK ("affiliates"."kind" in ('affiliate', 'reseller', 'referral', 'technology', 'agency')),
	CONSTRAINT "affiliates_model_check" CHECK ("affiliates"."commission_model" in ('percentage', 'fixed')),
	CONSTRAINT "affiliates_status_check" CHECK ("affiliates"."status" in ('prospect', 'active', 'paused', 'ended')),
	CONSTRAINT "affiliates_commission_check" CHECK ("affiliates"."commission_value" >= 0 and ("affiliates"."commission_model" <> 'percentage' or "affiliates"."commission_value" <= 100))
);
--> statement-breakpoint
CREATE TABLE "budgets" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"year" integer NOT NULL,
	"quarter" integer NOT NULL,
	"program_id" uuid,
	"planned" double precision NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	CONSTRAINT "budgets_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "budgets_period_key" UNIQUE NULLS NOT DISTINCT("workspace_id","year","quarter","program_id"),
	CONSTRAINT "budgets_quarter_check" CHECK ("budgets"."quarter" between 1 and 4),
	CONSTRAINT "budgets_year_check" CHECK ("budgets"."year" between 2000 and 2100),
	CONSTRAINT "budgets_planned_check" CHECK ("budgets"."planned" >= 0)
);
--> statement-breakpoint
ALTER TABLE "comments" DROP CONSTRAINT "comments_entity_type_check";--> statement-breakpoint
ALTER TABLE "features" ADD COLUMN "persona_id" uuid;--> statement-breakpoint
ALTER TABLE "feedback" ADD COLUMN "persona_id" uuid;--> statement-breakpoint
ALTER TABLE "persona_products" ADD CONSTRAINT "persona_products_workspace_id_persona_id_personas_workspace_id_id_fk" FOREIGN KEY ("workspace_id","persona_id") REFERENCES "public"."personas"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persona_products" ADD CONSTRAINT "persona_products_workspace_id_product_id_products_workspace_id_id_fk" FOREIGN KEY ("workspace_id","product_id") REFERENCES "public"."products"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personas" ADD CONSTRAINT "personas_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "battlecards" ADD CONSTRAINT "battlecards_last_reviewed_by_users_id_fk" FOREIGN KEY ("last_reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "battlecards" ADD CONSTRAINT "battlecards_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "battlecards" ADD CONSTRAINT "battlecards_workspace_id_competitor_id_competitors_workspace_id_id_fk" FOREIGN KEY ("workspace_id","competitor_id") REFERENCES "public"."competitors"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "battlecards" ADD CONSTRAINT "battlecards_workspace_id_product_id_products_workspace_id_id_fk" FOREIGN KEY ("workspace_id","product_id") REFERENCES "public"."products"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competitors" ADD CONSTRAINT "competitors_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messaging" ADD CONSTRAINT "messaging_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messaging" ADD CONSTRAINT "messaging_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messaging" ADD CONSTRAINT "messaging_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messaging" ADD CONSTRAINT "messaging_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messaging" ADD CONSTRAINT "messaging_workspace_id_product_id_products_workspace_id_id_fk" FOREIGN KEY ("workspace_id","product_id") REFERENCES "public"."products"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messaging" ADD CONSTRAINT "messaging_workspace_id_persona_id_personas_workspace_id_id_fk" FOREIGN KEY ("workspace_id","persona_id") REFERENCES "public"."personas"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positionings" ADD CONSTRAINT "positionings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positionings" ADD CONSTRAINT "positionings_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positionings" ADD CONSTRAINT "positionings_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positionings" ADD CONSTRAINT "positionings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positionings" ADD CONSTRAINT "positionings_workspace_id_product_id_products_workspace_id_id_fk" FOREIGN KEY ("workspace_id","product_id") REFERENCES "public"."products"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "launch_tasks" ADD CONSTRAINT "launch_tasks_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "launch_tasks" ADD CONSTRAINT "launch_tasks_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "launch_tasks" ADD CONSTRAINT "launch_tasks_workspace_id_launch_id_launches_workspace_id_id_fk" FOREIGN KEY ("workspace_id","launch_id") REFERENCES "public"."launches"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "launch_templates" ADD CONSTRAINT "launch_templates_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "launches" ADD CONSTRAINT "launches_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "launches" ADD CONSTRAINT "launches_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "launches" ADD CONSTRAINT "launches_workspace_id_release_id_releases_workspace_id_id_fk" FOREIGN KEY ("workspace_id","release_id") REFERENCES "public"."releases"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "launches" ADD CONSTRAINT "launches_workspace_id_product_id_products_workspace_id_id_fk" FOREIGN KEY ("workspace_id","product_id") REFERENCES "public"."products"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_note_features" ADD CONSTRAINT "release_note_features_workspace_id_release_note_id_release_notes_workspace_id_id_fk" FOREIGN KEY ("workspace_id","release_note_id") REFERENCES "public"."release_notes"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_note_features" ADD CONSTRAINT "release_note_features_workspace_id_feature_id_features_workspace_id_id_fk" FOREIGN KEY ("workspace_id","feature_id") REFERENCES "public"."features"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_notes" ADD CONSTRAINT "release_notes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_notes" ADD CONSTRAINT "release_notes_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_notes" ADD CONSTRAINT "release_notes_workspace_id_release_id_releases_workspace_id_id_fk" FOREIGN KEY ("workspace_id","release_id") REFERENCES "public"."releases"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_requirements" ADD CONSTRAINT "program_requirements_workspace_id_program_id_programs_workspace_id_id_fk" FOREIGN KEY ("workspace_id","program_id") REFERENCES "public"."programs"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_requirements" ADD CONSTRAINT "program_requirements_workspace_id_requirement_id_requirements_workspace_id_id_fk" FOREIGN KEY ("workspace_id","requirement_id") REFERENCES "public"."requirements"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirements" ADD CONSTRAINT "requirements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirements" ADD CONSTRAINT "requirements_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirements" ADD CONSTRAINT "requirements_workspace_id_persona_id_personas_workspace_id_id_fk" FOREIGN KEY ("workspace_id","persona_id") REFERENCES "public"."personas"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirements" ADD CONSTRAINT "requirements_workspace_id_launch_id_launches_workspace_id_id_fk" FOREIGN KEY ("workspace_id","launch_id") REFERENCES "public"."launches"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirements" ADD CONSTRAINT "requirements_workspace_id_product_id_products_workspace_id_id_fk" FOREIGN KEY ("workspace_id","product_id") REFERENCES "public"."products"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_links" ADD CONSTRAINT "campaign_links_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_links" ADD CONSTRAINT "campaign_links_workspace_id_campaign_id_campaigns_workspace_id_id_fk" FOREIGN KEY ("workspace_id","campaign_id") REFERENCES "public"."campaigns"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_workspace_id_program_id_programs_workspace_id_id_fk" FOREIGN KEY ("workspace_id","program_id") REFERENCES "public"."programs"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_workspace_id_persona_id_personas_workspace_id_id_fk" FOREIGN KEY ("workspace_id","persona_id") REFERENCES "public"."personas"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "touchpoints" ADD CONSTRAINT "touchpoints_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "touchpoints" ADD CONSTRAINT "touchpoints_workspace_id_campaign_id_campaigns_workspace_id_id_fk" FOREIGN KEY ("workspace_id","campaign_id") REFERENCES "public"."campaigns"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "touchpoints" ADD CONSTRAINT "touchpoints_workspace_id_program_id_programs_workspace_id_id_fk" FOREIGN KEY ("workspace_id","program_id") REFERENCES "public"."programs"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "touchpoints" ADD CONSTRAINT "touchpoints_workspace_id_messaging_id_messaging_workspace_id_id_fk" FOREIGN KEY ("workspace_id","messaging_id") REFERENCES "public"."messaging"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliates" ADD CONSTRAINT "affiliates_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_workspace_id_program_id_programs_workspace_id_id_fk" FOREIGN KEY ("workspace_id","program_id") REFERENCES "public"."programs"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "persona_products_product_idx" ON "persona_products" USING btree ("workspace_id","product_id");--> statement-breakpoint
CREATE UNIQUE INDEX "personas_name_key" ON "personas" USING btree ("workspace_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "battlecards_pair_key" ON "battlecards" USING btree ("workspace_id","competitor_id","product_id");--> statement-breakpoint
CREATE INDEX "battlecards_product_idx" ON "battlecards" USING btree ("workspace_id","product_id");--> statement-breakpoint
CREATE INDEX "battlecards_reviewed_idx" ON "battlecards" USING btree ("workspace_id","last_reviewed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "competitors_name_key" ON "competitors" USING btree ("workspace_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "messaging_revision_key" ON "messaging" USING btree ("workspace_id","product_id","persona_id","revision");--> statement-breakpoint
CREATE UNIQUE INDEX "messaging_approved_key" ON "messaging" USING btree ("workspace_id","product_id","persona_id") WHERE "messaging"."status" = 'approved';--> statement-breakpoint
CREATE INDEX "messaging_persona_idx" ON "messaging" USING btree ("workspace_id","persona_id");--> statement-breakpoint
CREATE UNIQUE INDEX "positionings_revision_key" ON "positionings" USING btree ("workspace_id","product_id","revision");--> statement-breakpoint
CREATE UNIQUE INDEX "positionings_approved_key" ON "positionings" USING btree ("workspace_id","product_id") WHERE "positionings"."status" = 'approved';--> statement-breakpoint
CREATE INDEX "launch_tasks_launch_idx" ON "launch_tasks" USING btree ("workspace_id","launch_id","position");--> statement-breakpoint
CREATE INDEX "launch_tasks_due_idx" ON "launch_tasks" USING btree ("workspace_id","status","due_date");--> statement-breakpoint
CREATE UNIQUE INDEX "launch_templates_tier_key" ON "launch_templates" USING btree ("workspace_id","tier");--> statement-breakpoint
CREATE UNIQUE INDEX "launches_release_key" ON "launches" USING btree ("workspace_id","release_id") WHERE "launches"."release_id" is not null;--> statement-breakpoint
CREATE INDEX "launches_date_idx" ON "launches" USING btree ("workspace_id","launch_date");--> statement-breakpoint
CREATE INDEX "release_note_features_feature_idx" ON "release_note_features" USING btree ("workspace_id","feature_id");--> statement-breakpoint
CREATE INDEX "release_notes_release_idx" ON "release_notes" USING btree ("workspace_id","release_id");--> statement-breakpoint
CREATE INDEX "release_notes_published_idx" ON "release_notes" USING btree ("workspace_id","publish_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "program_requirements_requirement_idx" ON "program_requirements" USING btree ("workspace_id","requirement_id");--> statement-breakpoint
CREATE INDEX "programs_status_idx" ON "programs" USING btree ("workspace_id","status");--> statement-breakpoint
CREATE INDEX "programs_dates_idx" ON "programs" USING btree ("workspace_id","start_date");--> statement-breakpoint
CREATE INDEX "requirements_status_idx" ON "requirements" USING btree ("workspace_id","status","due_date");--> statement-breakpoint
CREATE INDEX "campaign_links_campaign_idx" ON "campaign_links" USING btree ("workspace_id","campaign_id");--> statement-breakpoint
CREATE UNIQUE INDEX "campaigns_utm_campaign_key" ON "campaigns" USING btree ("workspace_id","utm_campaign");--> statement-breakpoint
CREATE INDEX "campaigns_program_idx" ON "campaigns" USING btree ("workspace_id","program_id");--> statement-breakpoint
CREATE INDEX "campaigns_start_idx" ON "campaigns" USING btree ("workspace_id","start_date");--> statement-breakpoint
CREATE INDEX "campaigns_end_idx" ON "campaigns" USING btree ("workspace_id","end_date");--> statement-breakpoint
CREATE INDEX "touchpoints_campaign_idx" ON "touchpoints" USING btree ("workspace_id","campaign_id","position");--> statement-breakpoint
CREATE INDEX "touchpoints_program_idx" ON "touchpoints" USING btree ("workspace_id","program_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "affiliates_code_key" ON "affiliates" USING btree ("workspace_id","referral_code");--> statement-breakpoint
CREATE INDEX "affiliates_status_idx" ON "affiliates" USING btree ("workspace_id","status");--> statement-breakpoint
ALTER TABLE "features" ADD CONSTRAINT "features_workspace_id_persona_id_personas_workspace_id_id_fk" FOREIGN KEY ("workspace_id","persona_id") REFERENCES "public"."personas"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_workspace_id_persona_id_personas_workspace_id_id_fk" FOREIGN KEY ("workspace_id","persona_id") REFERENCES "public"."personas"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "features_persona_idx" ON "features" USING btree ("workspace_id","persona_id");--> statement-breakpoint
CREATE INDEX "feedback_persona_idx" ON "feedback" USING btree ("workspace_id","persona_id");--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_entity_type_check" CHECK ("comments"."entity_type" in ('feature', 'feedback', 'release', 'persona', 'competitor', 'battlecard', 'positioning', 'messaging', 'launch', 'release_note', 'requirement', 'program', 'campaign'));