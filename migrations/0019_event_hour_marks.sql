CREATE TABLE "event_hour_marks" (
	"workspace_id" uuid NOT NULL,
	"hour" timestamp (3) with time zone NOT NULL,
	"changed_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_hour_marks_workspace_id_hour_pk" PRIMARY KEY("workspace_id","hour")
);
