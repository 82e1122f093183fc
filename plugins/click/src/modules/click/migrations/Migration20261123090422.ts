import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123090422 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "click_transaction" drop constraint if exists "click_transaction_cart_id_paid_unique";`
    )
    this.addSql(
      `alter table if exists "click_transaction" drop constraint if exists "click_transaction_prepare_id_unique";`
    )
    this.addSql(
      `alter table if exists "click_transaction" drop constraint if exists "click_transaction_click_trans_id_unique";`
    )
    this.addSql(
      `create table if not exists "click_transaction" ("id" text not null, "prepare_id" serial, "click_trans_id" text not null, "click_paydoc_id" text not null, "merchant_trans_id" text not null, "payment_session_id" text not null, "payment_collection_id" text not null, "cart_id" text not null, "amount" numeric not null, "currency_code" text not null, "status" text check ("status" in ('prepared', 'confirming', 'confirmed', 'cancelled')) not null default 'prepared', "click_error" integer null, "click_error_note" text null, "order_id" text null, "confirmed_at" timestamptz null, "cancelled_at" timestamptz null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "click_transaction_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_click_transaction_deleted_at" ON "click_transaction" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_click_transaction_click_trans_id_unique" ON "click_transaction" ("click_trans_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_click_transaction_prepare_id_unique" ON "click_transaction" ("prepare_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_click_transaction_merchant_trans_id" ON "click_transaction" ("merchant_trans_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_click_transaction_cart_id_paid_unique" ON "click_transaction" ("cart_id") WHERE status IN ('confirming', 'confirmed') AND deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "click_transaction" cascade;`)
  }
}
