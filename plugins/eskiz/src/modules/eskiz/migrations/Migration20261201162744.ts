import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201162744 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "eskiz_token" drop constraint if exists "eskiz_token_key_unique";`
    )
    this.addSql(
      `create table if not exists "eskiz_token" ("id" text not null, "key" text not null, "token" text not null, "expires_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "eskiz_token_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_eskiz_token_key_unique" ON "eskiz_token" ("key") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_eskiz_token_deleted_at" ON "eskiz_token" ("deleted_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "eskiz_token" cascade;`)
  }
}
