import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202031312 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "notification_read" drop constraint if exists "notification_read_notification_id_unique";`
    )
    this.addSql(
      `alter table if exists "notification_inbox_state" drop constraint if exists "notification_inbox_state_customer_id_unique";`
    )
    this.addSql(
      `create table if not exists "notification_inbox_state" ("id" text not null, "customer_id" text not null, "read_all_before" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "notification_inbox_state_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_notification_inbox_state_customer_id_unique" ON "notification_inbox_state" ("customer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_notification_inbox_state_deleted_at" ON "notification_inbox_state" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "notification_read" ("id" text not null, "notification_id" text not null, "customer_id" text not null, "notification_created_at" timestamptz not null, "read_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "notification_read_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_notification_read_notification_id_unique" ON "notification_read" ("notification_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_notification_read_deleted_at" ON "notification_read" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_notification_read_customer_id_notification_created_at" ON "notification_read" ("customer_id", "notification_created_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification_inbox_state" cascade;`)

    this.addSql(`drop table if exists "notification_read" cascade;`)
  }
}
