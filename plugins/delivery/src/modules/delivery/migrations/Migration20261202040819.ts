import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202040819 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "driver_login_code" ("id" text not null, "phone" text not null, "driver_id" text not null, "code_hash" text not null, "expires_at" timestamptz not null, "attempts" integer not null default 0, "used_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "driver_login_code_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_driver_login_code_deleted_at" ON "driver_login_code" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_driver_login_code_phone_created_at" ON "driver_login_code" ("phone", "created_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "driver_login_code" cascade;`)
  }
}
