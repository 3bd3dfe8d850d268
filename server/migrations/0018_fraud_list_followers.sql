CREATE TABLE "fraud_list_followers" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notification_deliveries" ADD COLUMN "fraud_entry_id" uuid;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "fraud_entry_id" uuid;--> statement-breakpoint
ALTER TABLE "fraud_list_followers" ADD CONSTRAINT "fraud_list_followers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_deliveries" ADD CONSTRAINT "notification_deliveries_fraud_entry_id_fraud_entries_id_fk" FOREIGN KEY ("fraud_entry_id") REFERENCES "public"."fraud_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_fraud_entry_id_fraud_entries_id_fk" FOREIGN KEY ("fraud_entry_id") REFERENCES "public"."fraud_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_fraud_entry_key" ON "notifications" USING btree ("fraud_entry_id","user_id") WHERE fraud_entry_id is not null;