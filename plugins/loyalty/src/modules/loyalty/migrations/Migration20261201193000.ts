import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201193000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "loyalty_settings" ("id" text not null, "overrides" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_settings_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_settings_deleted_at" ON "loyalty_settings" ("deleted_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "loyalty_settings" cascade;`)
  }
}
