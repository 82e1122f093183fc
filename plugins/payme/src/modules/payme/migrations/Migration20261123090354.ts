import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123090354 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "payme_transaction" drop constraint if exists "payme_transaction_payme_id_unique";`
    )
    this.addSql(
      `alter table if exists "payme_credential" drop constraint if exists "payme_credential_merchant_id_test_mode_unique";`
    )
    this.addSql(
      `create table if not exists "payme_credential" ("id" text not null, "merchant_id" text not null, "test_mode" boolean not null, "base_key_hash" text not null, "key_hash" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payme_credential_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payme_credential_deleted_at" ON "payme_credential" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payme_credential_merchant_id_test_mode_unique" ON "payme_credential" ("merchant_id", "test_mode") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "payme_transaction" ("id" text not null, "payme_id" text not null, "payme_time" timestamptz not null, "amount" numeric not null, "account" jsonb not null, "state" integer not null, "reason" integer null, "create_time" timestamptz not null, "perform_time" timestamptz null, "cancel_time" timestamptz null, "payment_session_id" text not null, "payment_collection_id" text not null, "cart_id" text not null, "order_id" text null, "payment_id" text null, "refund_id" text null, "fiscal_data" jsonb null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payme_transaction_pkey" primary key ("id"), constraint payme_transaction_state_check check (state IN (1, 2, -1, -2)));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payme_transaction_deleted_at" ON "payme_transaction" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payme_transaction_payme_id_unique" ON "payme_transaction" ("payme_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payme_transaction_active_cart" ON "payme_transaction" ("cart_id") WHERE state IN (1, 2) AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payme_transaction_payme_time" ON "payme_transaction" ("payme_time") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payme_transaction_state_payme_time" ON "payme_transaction" ("state", "payme_time") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payme_credential" cascade;`)

    this.addSql(`drop table if exists "payme_transaction" cascade;`)
  }
}
