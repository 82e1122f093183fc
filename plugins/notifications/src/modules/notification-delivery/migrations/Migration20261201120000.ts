import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Provider tokens moved to the Eskiz plugin (its own `eskiz_token` table). */
export class Migration20261201120000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`drop table if exists "notification_provider_token" cascade;`)
  }

  async down(): Promise<void> {
    this.addSql(
      `create table if not exists "notification_provider_token" ("id" text not null, "provider" text not null, "token" text not null, "expires_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "notification_provider_token_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_notification_provider_token_provider_unique" ON "notification_provider_token" (provider) WHERE deleted_at IS NULL;`
    )
  }
}
