import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123094156 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "loyalty_transaction" drop constraint if exists "loyalty_transaction_source_type_source_id_unique";`
    )
    this.addSql(
      `alter table if exists "loyalty_account" drop constraint if exists "loyalty_account_customer_id_unique";`
    )
    this.addSql(
      `create table if not exists "loyalty_account" ("id" text not null, "customer_id" text not null, "balance" integer not null default 0, "tier" text null, "tier_updated_at" timestamptz null, "expiry_notice_for" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_account_pkey" primary key ("id"), constraint loyalty_account_balance_non_negative check (balance >= 0));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_account_customer_id_unique" ON "loyalty_account" ("customer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_account_deleted_at" ON "loyalty_account" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "loyalty_transaction" ("id" text not null, "customer_id" text not null, "type" text check ("type" in ('earn', 'redeem', 'reverse', 'expire', 'adjust')) not null, "points" integer not null, "balance_after" integer not null, "source_type" text not null, "source_id" text not null, "order_id" text null, "currency_code" text null, "amount" numeric null, "reason" text null, "expires_at" timestamptz null, "metadata" jsonb null, "raw_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_transaction_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_transaction_deleted_at" ON "loyalty_transaction" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_transaction_source_type_source_id_unique" ON "loyalty_transaction" ("source_type", "source_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_transaction_customer_id_created_at" ON "loyalty_transaction" ("customer_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_transaction_order_id" ON "loyalty_transaction" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "loyalty_account" cascade;`)

    this.addSql(`drop table if exists "loyalty_transaction" cascade;`)
  }
}
