CREATE TABLE "fraud_report_files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"report_id" uuid NOT NULL,
	"uploaded_by" uuid,
	"display_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"width" integer,
	"height" integer,
	"storage_key" text NOT NULL,
	"thumbnail_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fraud_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reporter_id" uuid,
	"company_name" text NOT NULL,
	"identifiers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"amount_ore" integer,
	"invoice_date" date,
	"description" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"entry_id" uuid,
	"rejection_reason" text,
	"incident_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fraud_reports_decided" CHECK (("fraud_reports"."state" = 'pending') = ("fraud_reports"."decided_at" is null)),
	CONSTRAINT "fraud_reports_amount" CHECK ("fraud_reports"."amount_ore" is null or "fraud_reports"."amount_ore" > 0)
);
--> statement-breakpoint
ALTER TABLE "fraud_report_files" ADD CONSTRAINT "fraud_report_files_report_id_fraud_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."fraud_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fraud_report_files" ADD CONSTRAINT "fraud_report_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fraud_reports" ADD CONSTRAINT "fraud_reports_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fraud_reports" ADD CONSTRAINT "fraud_reports_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fraud_reports" ADD CONSTRAINT "fraud_reports_entry_id_fraud_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."fraud_entries"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fraud_reports" ADD CONSTRAINT "fraud_reports_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fraud_report_files_report_idx" ON "fraud_report_files" USING btree ("report_id","id");--> statement-breakpoint
CREATE INDEX "fraud_reports_reporter_idx" ON "fraud_reports" USING btree ("reporter_id","id");--> statement-breakpoint
CREATE INDEX "fraud_reports_state_idx" ON "fraud_reports" USING btree ("state","id");