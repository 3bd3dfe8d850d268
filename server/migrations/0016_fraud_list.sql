-- FRAUD-2: similar names (pg_trgm ships with PostgreSQL and PGlite alike).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "fraud_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"company_name" text NOT NULL,
	"addresses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"description" text NOT NULL,
	"first_published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fraud_entry_identifiers" (
	"entry_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"value" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "fraud_entry_identifiers_entry_id_kind_value_pk" PRIMARY KEY("entry_id","kind","value")
);
--> statement-breakpoint
CREATE TABLE "fraud_entry_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"entry_id" uuid NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "fraud_name_vocabulary" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fraud_name_words" (
	"entry_id" uuid NOT NULL,
	"word" text NOT NULL,
	CONSTRAINT "fraud_name_words_entry_id_word_pk" PRIMARY KEY("entry_id","word")
);
--> statement-breakpoint
ALTER TABLE "fraud_entries" ADD CONSTRAINT "fraud_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fraud_entries" ADD CONSTRAINT "fraud_entries_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fraud_entry_identifiers" ADD CONSTRAINT "fraud_entry_identifiers_entry_id_fraud_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."fraud_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fraud_entry_reports" ADD CONSTRAINT "fraud_entry_reports_entry_id_fraud_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."fraud_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fraud_entry_reports" ADD CONSTRAINT "fraud_entry_reports_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fraud_name_words" ADD CONSTRAINT "fraud_name_words_entry_id_fraud_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."fraud_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fraud_entries_name_idx" ON "fraud_entries" USING btree (lower("company_name"));--> statement-breakpoint
CREATE INDEX "fraud_entry_identifiers_value_idx" ON "fraud_entry_identifiers" USING btree ("value","kind");--> statement-breakpoint
CREATE INDEX "fraud_entry_reports_entry_idx" ON "fraud_entry_reports" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "fraud_entry_reports_received_idx" ON "fraud_entry_reports" USING btree ("received_at","entry_id");--> statement-breakpoint
CREATE INDEX "fraud_name_vocabulary_trgm_idx" ON "fraud_name_vocabulary" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "fraud_name_words_word_idx" ON "fraud_name_words" USING btree ("word");