import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123090000 extends Migration {
  async up(): Promise<void> {
    this.addSql(
      `create table if not exists "notification_template" ("id" text not null, "event" text not null, "channel" text not null, "locale" text not null, "subject" text null, "body" text not null, "html" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "notification_template_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_notification_template_deleted_at" ON "notification_template" (deleted_at) WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_notification_template_event_channel_locale_unique" ON "notification_template" (event, channel, locale) WHERE deleted_at IS NULL;`
    )
  }

  async down(): Promise<void> {
    this.addSql(`drop table if exists "notification_template" cascade;`)
  }
}
