import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201130000 extends Migration {
  async up(): Promise<void> {
    this.addSql(
      `create table if not exists "notification_kind" ("id" text not null, "kind" text not null, "audience" text not null, "event_name" text not null, "templates" jsonb not null, "variables" text[] not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "notification_kind_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_notification_kind_deleted_at" ON "notification_kind" (deleted_at) WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_notification_kind_kind_unique" ON "notification_kind" (kind) WHERE deleted_at IS NULL;`
    )
  }

  async down(): Promise<void> {
    this.addSql(`drop table if exists "notification_kind" cascade;`)
  }
}
