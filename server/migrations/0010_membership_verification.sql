ALTER TABLE "users" ADD COLUMN "membership_claimed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "membership_decision" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "membership_decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "membership_decided_by" uuid;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_membership_decided_by_users_id_fk" FOREIGN KEY ("membership_decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- Numbers entered before verification existed wait for an analyst like new ones.
UPDATE "users" SET "membership_claimed_at" = "updated_at" WHERE "membership_number" IS NOT NULL;
