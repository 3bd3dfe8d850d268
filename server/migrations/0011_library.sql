CREATE TABLE "checklist_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"entry_id" uuid,
	"user_id" uuid NOT NULL,
	"language" text NOT NULL,
	"title" text NOT NULL,
	"items" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "library_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"scope" text NOT NULL,
	"owner_id" uuid,
	"starter_key" text,
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"title_sv" text NOT NULL,
	"summary_sv" text DEFAULT '' NOT NULL,
	"body_sv" text DEFAULT '' NOT NULL,
	"items_sv" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"title_en" text,
	"summary_en" text,
	"body_en" text,
	"items_en" jsonb,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('swedish'::regconfig, title_sv), 'A') || setweight(to_tsvector('swedish'::regconfig, summary_sv || ' ' || tags::text), 'B') || setweight(to_tsvector('swedish'::regconfig, body_sv || ' ' || items_sv::text), 'C') || setweight(to_tsvector('english'::regconfig, coalesce(title_en, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(summary_en, '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce(body_en, '') || ' ' || coalesce(items_en::text, '')), 'C')) STORED NOT NULL,
	CONSTRAINT "library_entries_starter_key_unique" UNIQUE("starter_key"),
	CONSTRAINT "library_entries_owner_check" CHECK (("library_entries"."scope" = 'personal') = ("library_entries"."owner_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "library_starter_removals" (
	"starter_key" text PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "checklist_runs" ADD CONSTRAINT "checklist_runs_entry_id_library_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."library_entries"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_runs" ADD CONSTRAINT "checklist_runs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_entries" ADD CONSTRAINT "library_entries_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_entries" ADD CONSTRAINT "library_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_entries" ADD CONSTRAINT "library_entries_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "checklist_runs_user_entry_idx" ON "checklist_runs" USING btree ("user_id","entry_id","id");--> statement-breakpoint
CREATE INDEX "library_entries_search_idx" ON "library_entries" USING gin ("search");--> statement-breakpoint
CREATE INDEX "library_entries_owner_idx" ON "library_entries" USING btree ("owner_id");