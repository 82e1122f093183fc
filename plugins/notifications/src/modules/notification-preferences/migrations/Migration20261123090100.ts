import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123090100 extends Migration {
  async up(): Promise<void> {
    this.addSql(
      `create table if not exists "notification_preference" ("id" text not null, "customer_id" text not null, "sms_transactional" boolean not null default true, "sms_marketing" boolean not null default false, "email_transactional" boolean not null default true, "email_marketing" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "notification_preference_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_notification_preference_customer_id_unique" ON "notification_preference" (customer_id) WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_notification_preference_deleted_at" ON "notification_preference" (deleted_at) WHERE deleted_at IS NULL;`
    )
  }

  async down(): Promise<void> {
    this.addSql(`drop table if exists "notification_preference" cascade;`)
  }
}
