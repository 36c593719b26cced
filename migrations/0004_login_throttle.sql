DROP TABLE "login_failures";--> statement-breakpoint
CREATE TABLE "throttles" (
	"scope" text NOT NULL,
	"subject" text NOT NULL,
	"hits" integer NOT NULL,
	"until" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "throttles_scope_subject_pk" PRIMARY KEY("scope","subject")
);
--> statement-breakpoint
CREATE INDEX "throttles_updated_idx" ON "throttles" USING btree ("updated_at");
