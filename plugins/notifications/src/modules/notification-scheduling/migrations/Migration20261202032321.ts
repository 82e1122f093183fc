import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202032321 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "scheduled_notification" drop constraint if exists "scheduled_notification_key_unique";`
    )
    this.addSql(
      `alter table if exists "notification_campaign_recipient" drop constraint if exists "notification_campaign_recipient_campaign_id_customer_id_channel_unique";`
    )
    this.addSql(
      `create table if not exists "notification_campaign" ("id" text not null, "name" text not null, "status" text check ("status" in ('draft', 'running', 'paused', 'completed', 'canceled')) not null default 'draft', "audience" text check ("audience" in ('marketing', 'customer_group')) not null, "customer_group_id" text null, "channels" text[] not null, "messages" jsonb not null, "created_by" text null, "started_at" timestamptz null, "completed_at" timestamptz null, "recipients_total" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "notification_campaign_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_notification_campaign_deleted_at" ON "notification_campaign" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "notification_campaign_recipient" ("id" text not null, "campaign_id" text not null, "customer_id" text not null, "channel" text not null, "status" text check ("status" in ('pending', 'sending', 'sent', 'skipped', 'failed')) not null default 'pending', "reason" text null, "notification_id" text null, "claimed_at" timestamptz null, "attempted_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "notification_campaign_recipient_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_notification_campaign_recipient_deleted_at" ON "notification_campaign_recipient" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_notification_campaign_recipient_campaign_id_customer_id_channel_unique" ON "notification_campaign_recipient" ("campaign_id", "customer_id", "channel") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_notification_campaign_recipient_campaign_id_status" ON "notification_campaign_recipient" ("campaign_id", "status") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "scheduled_notification" ("id" text not null, "key" text not null, "kind" text not null, "customer_id" text null, "send_at" timestamptz not null, "payload" jsonb not null, "status" text check ("status" in ('pending', 'claimed', 'sent', 'failed', 'canceled')) not null default 'pending', "attempts" integer not null default 0, "claimed_at" timestamptz null, "sent_at" timestamptz null, "error" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "scheduled_notification_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_scheduled_notification_key_unique" ON "scheduled_notification" ("key") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_scheduled_notification_deleted_at" ON "scheduled_notification" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_scheduled_notification_status_send_at" ON "scheduled_notification" ("status", "send_at") WHERE deleted_at IS NULL AND status IN ('pending', 'claimed');`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification_campaign" cascade;`)

    this.addSql(
      `drop table if exists "notification_campaign_recipient" cascade;`
    )

    this.addSql(`drop table if exists "scheduled_notification" cascade;`)
  }
}
