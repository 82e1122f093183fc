import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201154341 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "loyalty_redemption" drop constraint if exists "loyalty_redemption_cart_id_unique";`
    )
    this.addSql(
      `create table if not exists "loyalty_redemption" ("id" text not null, "cart_id" text not null, "customer_id" text not null, "points" integer not null, "amount" numeric not null, "currency_code" text not null, "credit_line_id" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_redemption_pkey" primary key ("id"), constraint loyalty_redemption_points_positive check (points > 0));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_redemption_cart_id_unique" ON "loyalty_redemption" ("cart_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_redemption_deleted_at" ON "loyalty_redemption" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_redemption_customer_id" ON "loyalty_redemption" ("customer_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "loyalty_redemption" cascade;`)
  }
}
