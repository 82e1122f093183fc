import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202030427 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "push_device" drop constraint if exists "push_device_token_unique";`
    )
    this.addSql(
      `create table if not exists "push_device" ("id" text not null, "customer_id" text not null, "token" text not null, "platform" text check ("platform" in ('android', 'ios', 'web')) not null, "locale" text check ("locale" in ('uz', 'ru', 'en')) null, "last_seen_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "push_device_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_push_device_deleted_at" ON "push_device" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_push_device_token_unique" ON "push_device" ("token") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_push_device_customer_id" ON "push_device" ("customer_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "push_device" cascade;`)
  }
}
