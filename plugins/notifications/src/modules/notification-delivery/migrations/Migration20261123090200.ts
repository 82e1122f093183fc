import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123090200 extends Migration {
  async up(): Promise<void> {
    this.addSql(
      `create table if not exists "notification_delivery" ("id" text not null, "notification_id" text not null, "route" text not null, "external_id" text not null, "status" text null, "status_at" timestamptz null, "sms_count" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "notification_delivery_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_notification_delivery_notification_id_unique" ON "notification_delivery" (notification_id) WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_notification_delivery_external_id" ON "notification_delivery" (external_id) WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_notification_delivery_deleted_at" ON "notification_delivery" (deleted_at) WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `create table if not exists "notification_provider_token" ("id" text not null, "provider" text not null, "token" text not null, "expires_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "notification_provider_token_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_notification_provider_token_provider_unique" ON "notification_provider_token" (provider) WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_notification_provider_token_deleted_at" ON "notification_provider_token" (deleted_at) WHERE deleted_at IS NULL;`
    )
  }

  async down(): Promise<void> {
    this.addSql(`drop table if exists "notification_delivery" cascade;`)
    this.addSql(`drop table if exists "notification_provider_token" cascade;`)
  }
}
