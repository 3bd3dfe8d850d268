CREATE TABLE "group_post_attachments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"group_id" uuid NOT NULL,
	"post_id" uuid NOT NULL,
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
CREATE TABLE "group_shared_incidents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"group_id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"include_description" boolean DEFAULT false NOT NULL,
	"shared_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "library_entries" ADD COLUMN "group_id" uuid;--> statement-breakpoint
ALTER TABLE "group_post_attachments" ADD CONSTRAINT "group_post_attachments_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_post_attachments" ADD CONSTRAINT "group_post_attachments_post_id_group_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."group_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_post_attachments" ADD CONSTRAINT "group_post_attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_shared_incidents" ADD CONSTRAINT "group_shared_incidents_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_shared_incidents" ADD CONSTRAINT "group_shared_incidents_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_shared_incidents" ADD CONSTRAINT "group_shared_incidents_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_shared_incidents" ADD CONSTRAINT "group_shared_incidents_shared_by_users_id_fk" FOREIGN KEY ("shared_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "group_post_attachments_post_idx" ON "group_post_attachments" USING btree ("post_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "group_shared_incidents_once_key" ON "group_shared_incidents" USING btree ("group_id","incident_id");--> statement-breakpoint
CREATE INDEX "group_shared_incidents_group_idx" ON "group_shared_incidents" USING btree ("group_id","id");--> statement-breakpoint
CREATE INDEX "group_shared_incidents_incident_idx" ON "group_shared_incidents" USING btree ("incident_id");--> statement-breakpoint
ALTER TABLE "library_entries" ADD CONSTRAINT "library_entries_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "library_entries_group_idx" ON "library_entries" USING btree ("group_id");--> statement-breakpoint
ALTER TABLE "library_entries" ADD CONSTRAINT "library_entries_group_check" CHECK (("library_entries"."scope" = 'group') = ("library_entries"."group_id" is not null));