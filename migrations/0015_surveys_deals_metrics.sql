CREATE TABLE "survey_answers" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"product_id" uuid NOT NULL,
	"launch_id" uuid,
	"persona_id" uuid,
	"score" integer,
	"comment" text DEFAULT '' NOT NULL,
	"channel" text NOT NULL,
	"recipient_id" uuid,
	"distinct_id" text,
	"person_id" uuid,
	"contact_id" uuid,
	"customer_id" uuid,
	"dedup_key" text,
	"feedback_id" uuid,
	"answered_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_answers_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "survey_answers_kind_check" CHECK ("survey_answers"."kind" in ('nps', 'csat', 'ces', 'open')),
	CONSTRAINT "survey_answers_channel_check" CHECK ("survey_answers"."channel" in ('page', 'snippet', 'api', 'posthog'))
);--> statement-breakpoint
CREATE TABLE "survey_recipients" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"contact_id" uuid,
	"customer_id" uuid,
	"distinct_id" text,
	"email" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp (3) with time zone,
	CONSTRAINT "survey_recipients_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"product_id" uuid NOT NULL,
	"launch_id" uuid,
	"persona_id" uuid,
	"question" text NOT NULL,
	"follow_up" text DEFAULT '' NOT NULL,
	"thank_you" text DEFAULT '' NOT NULL,
	"require_token" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_by_name" text,
	"closed_at" timestamp (3) with time zone,
	CONSTRAINT "surveys_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "surveys_kind_check" CHECK ("surveys"."kind" in ('nps', 'csat', 'ces', 'open')),
	CONSTRAINT "surveys_status_check" CHECK ("surveys"."status" in ('open', 'closed'))
);--> statement-breakpoint
CREATE TABLE "deals" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"customer_id" uuid,
	"account_name" text DEFAULT '' NOT NULL,
	"segment" text,
	"product_id" uuid,
	"amount" double precision DEFAULT 0 NOT NULL,
	"outcome" text NOT NULL,
	"competitor_id" uuid,
	"reason" text,
	"reason_detail" text DEFAULT '' NOT NULL,
	"closed_on" date NOT NULL,
	"external_id" text,
	"created_by" uuid,
	"created_by_name" text,
	CONSTRAINT "deals_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "deals_outcome_check" CHECK ("deals"."outcome" in ('won', 'lost', 'no_decision')),
	CONSTRAINT "deals_reason_check" CHECK ("deals"."reason" in ('price', 'product_fit', 'missing_feature', 'ease_of_use', 'integration', 'support', 'relationship', 'timing', 'budget', 'other')),
	CONSTRAINT "deals_segment_check" CHECK ("deals"."segment" in ('smb', 'mid_market', 'enterprise', 'public_sector', 'startup', 'other'))
);--> statement-breakpoint
CREATE TABLE "metric_targets" (
	"workspace_id" uuid NOT NULL,
	"metric_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"value" double precision NOT NULL,
	CONSTRAINT "metric_targets_workspace_id_metric_id_period_start_pk" PRIMARY KEY("workspace_id","metric_id","period_start")
);--> statement-breakpoint
CREATE TABLE "metric_values" (
	"workspace_id" uuid NOT NULL,
	"metric_id" uuid NOT NULL,
	"on" date NOT NULL,
	"value" double precision NOT NULL,
	CONSTRAINT "metric_values_workspace_id_metric_id_on_pk" PRIMARY KEY("workspace_id","metric_id","on")
);--> statement-breakpoint
CREATE TABLE "metrics" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner_role" text NOT NULL,
	"kind" text NOT NULL,
	"filters" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"unit" text NOT NULL,
	"direction" text DEFAULT 'up' NOT NULL,
	"period" text DEFAULT 'month' NOT NULL,
	"tolerance" double precision DEFAULT 0.1 NOT NULL,
	CONSTRAINT "metrics_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "metrics_owner_role_check" CHECK ("metrics"."owner_role" in ('product_manager', 'product_marketer', 'marketer', 'sales')),
	CONSTRAINT "metrics_kind_check" CHECK ("metrics"."kind" in ('manual', 'traffic', 'unique_visitors', 'leads', 'conversions', 'conversion_rate', 'revenue', 'cost_per_lead', 'cost_per_conversion', 'roi', 'nps', 'csat', 'ces', 'feature_adoption', 'retention', 'feedback_volume', 'feedback_sentiment', 'win_rate')),
	CONSTRAINT "metrics_unit_check" CHECK ("metrics"."unit" in ('count', 'percent', 'currency', 'score', 'ratio')),
	CONSTRAINT "metrics_direction_check" CHECK ("metrics"."direction" in ('up', 'down')),
	CONSTRAINT "metrics_period_check" CHECK ("metrics"."period" in ('week', 'month', 'quarter'))
);--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_workspace_id_survey_id_surveys_workspace_id_id_fk" FOREIGN KEY ("workspace_id","survey_id") REFERENCES "public"."surveys"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_workspace_id_contact_id_contacts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","contact_id") REFERENCES "public"."contacts"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_workspace_id_customer_id_customers_workspace_id_id_fk" FOREIGN KEY ("workspace_id","customer_id") REFERENCES "public"."customers"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_recipients" ADD CONSTRAINT "survey_recipients_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_recipients" ADD CONSTRAINT "survey_recipients_workspace_id_survey_id_surveys_workspace_id_id_fk" FOREIGN KEY ("workspace_id","survey_id") REFERENCES "public"."surveys"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_recipients" ADD CONSTRAINT "survey_recipients_workspace_id_contact_id_contacts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","contact_id") REFERENCES "public"."contacts"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_recipients" ADD CONSTRAINT "survey_recipients_workspace_id_customer_id_customers_workspace_id_id_fk" FOREIGN KEY ("workspace_id","customer_id") REFERENCES "public"."customers"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_workspace_id_product_id_products_workspace_id_id_fk" FOREIGN KEY ("workspace_id","product_id") REFERENCES "public"."products"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_workspace_id_launch_id_launches_workspace_id_id_fk" FOREIGN KEY ("workspace_id","launch_id") REFERENCES "public"."launches"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_workspace_id_persona_id_personas_workspace_id_id_fk" FOREIGN KEY ("workspace_id","persona_id") REFERENCES "public"."personas"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_workspace_id_customer_id_customers_workspace_id_id_fk" FOREIGN KEY ("workspace_id","customer_id") REFERENCES "public"."customers"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_workspace_id_product_id_products_workspace_id_id_fk" FOREIGN KEY ("workspace_id","product_id") REFERENCES "public"."products"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_workspace_id_competitor_id_competitors_workspace_id_id_fk" FOREIGN KEY ("workspace_id","competitor_id") REFERENCES "public"."competitors"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metric_targets" ADD CONSTRAINT "metric_targets_workspace_id_metric_id_metrics_workspace_id_id_fk" FOREIGN KEY ("workspace_id","metric_id") REFERENCES "public"."metrics"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metric_values" ADD CONSTRAINT "metric_values_workspace_id_metric_id_metrics_workspace_id_id_fk" FOREIGN KEY ("workspace_id","metric_id") REFERENCES "public"."metrics"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metric_targets" ADD CONSTRAINT "metric_targets_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metric_values" ADD CONSTRAINT "metric_values_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metrics" ADD CONSTRAINT "metrics_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_answers_recipient_key" ON "survey_answers" USING btree ("workspace_id","recipient_id") WHERE "survey_answers"."recipient_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_answers_dedup_key" ON "survey_answers" USING btree ("workspace_id","survey_id","dedup_key") WHERE "survey_answers"."dedup_key" is not null;--> statement-breakpoint
CREATE INDEX "survey_answers_survey_idx" ON "survey_answers" USING btree ("workspace_id","survey_id","answered_at");--> statement-breakpoint
CREATE INDEX "survey_answers_product_idx" ON "survey_answers" USING btree ("workspace_id","product_id","kind","answered_at");--> statement-breakpoint
CREATE INDEX "survey_answers_contact_idx" ON "survey_answers" USING btree ("workspace_id","contact_id");--> statement-breakpoint
CREATE INDEX "survey_answers_customer_idx" ON "survey_answers" USING btree ("workspace_id","customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_recipients_token_key" ON "survey_recipients" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "survey_recipients_survey_idx" ON "survey_recipients" USING btree ("workspace_id","survey_id");--> statement-breakpoint
CREATE INDEX "survey_recipients_contact_idx" ON "survey_recipients" USING btree ("workspace_id","contact_id");--> statement-breakpoint
CREATE INDEX "survey_recipients_customer_idx" ON "survey_recipients" USING btree ("workspace_id","customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "surveys_id_key" ON "surveys" USING btree ("id");--> statement-breakpoint
CREATE INDEX "surveys_product_idx" ON "surveys" USING btree ("workspace_id","product_id");--> statement-breakpoint
CREATE INDEX "surveys_launch_idx" ON "surveys" USING btree ("workspace_id","launch_id");--> statement-breakpoint
CREATE INDEX "surveys_persona_idx" ON "surveys" USING btree ("workspace_id","persona_id");--> statement-breakpoint
CREATE UNIQUE INDEX "deals_external_id_key" ON "deals" USING btree ("workspace_id","external_id") WHERE "deals"."external_id" is not null;--> statement-breakpoint
CREATE INDEX "deals_closed_idx" ON "deals" USING btree ("workspace_id","closed_on");--> statement-breakpoint
CREATE INDEX "deals_competitor_idx" ON "deals" USING btree ("workspace_id","competitor_id","closed_on");--> statement-breakpoint
CREATE INDEX "deals_customer_idx" ON "deals" USING btree ("workspace_id","customer_id");--> statement-breakpoint
CREATE INDEX "deals_product_idx" ON "deals" USING btree ("workspace_id","product_id");--> statement-breakpoint
CREATE UNIQUE INDEX "metrics_name_key" ON "metrics" USING btree ("workspace_id","owner_role","name");
