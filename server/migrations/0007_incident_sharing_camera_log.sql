CREATE TABLE "camera_log_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"camera_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"person" text,
	"action" text,
	"reason" text,
	"requester" text,
	"reference" text,
	"decision" text,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"note" text,
	"incident_id" uuid,
	"supersedes" uuid,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "org_incident_settings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"default_sharing" text DEFAULT 'organisation' NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cameras" ADD COLUMN "removed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "sharing" text DEFAULT 'organisation' NOT NULL;--> statement-breakpoint
ALTER TABLE "org_incident_settings" ADD CONSTRAINT "org_incident_settings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_incident_settings" ADD CONSTRAINT "org_incident_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "camera_log_entries_camera_idx" ON "camera_log_entries" USING btree ("org_id","camera_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "camera_log_entries_supersedes_key" ON "camera_log_entries" USING btree ("supersedes");--> statement-breakpoint
-- CAM-3: the footage log is evidence like the audit log: once written, an entry never changes or disappears.
CREATE OR REPLACE FUNCTION append_only_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER camera_log_entries_append_only
  BEFORE UPDATE OR DELETE ON camera_log_entries
  FOR EACH ROW EXECUTE FUNCTION append_only_refuse_change();
--> statement-breakpoint
CREATE TRIGGER camera_log_entries_no_truncate
  BEFORE TRUNCATE ON camera_log_entries
  FOR EACH STATEMENT EXECUTE FUNCTION append_only_refuse_change();
