import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123091922 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "wishlist_alert" drop constraint if exists "wishlist_alert_idempotency_key_unique";`
    )
    this.addSql(
      `alter table if exists "wishlist_item" drop constraint if exists "wishlist_item_wishlist_id_product_variant_id_unique";`
    )
    this.addSql(
      `alter table if exists "wishlist" drop constraint if exists "wishlist_share_token_hash_unique";`
    )
    this.addSql(
      `alter table if exists "wishlist" drop constraint if exists "wishlist_customer_id_sales_channel_id_unique";`
    )
    this.addSql(
      `create table if not exists "wishlist" ("id" text not null, "customer_id" text not null, "sales_channel_id" text not null, "share_token_hash" text null, "shared_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "wishlist_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_wishlist_deleted_at" ON "wishlist" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_wishlist_customer_id_sales_channel_id_unique" ON "wishlist" ("customer_id", "sales_channel_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_wishlist_share_token_hash_unique" ON "wishlist" ("share_token_hash") WHERE deleted_at IS NULL AND share_token_hash IS NOT NULL;`
    )

    this.addSql(
      `create table if not exists "wishlist_item" ("id" text not null, "wishlist_id" text not null, "product_variant_id" text not null, "product_id" text not null, "region_id" text null, "currency_code" text not null, "price_when_added" numeric null, "price_drop_alert" boolean not null default false, "target_price" numeric null, "back_in_stock_alert" boolean not null default false, "observed_price" numeric null, "observed_in_stock" boolean null, "last_price_alert_at" timestamptz null, "last_stock_alert_at" timestamptz null, "raw_price_when_added" jsonb null, "raw_target_price" jsonb null, "raw_observed_price" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "wishlist_item_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_wishlist_item_wishlist_id" ON "wishlist_item" ("wishlist_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_wishlist_item_deleted_at" ON "wishlist_item" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_wishlist_item_wishlist_id_product_variant_id_unique" ON "wishlist_item" ("wishlist_id", "product_variant_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_wishlist_item_product_variant_id" ON "wishlist_item" ("product_variant_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "wishlist_alert" ("id" text not null, "item_id" text not null, "kind" text check ("kind" in ('price_drop', 'back_in_stock')) not null, "idempotency_key" text not null, "customer_id" text not null, "product_variant_id" text not null, "price" numeric null, "previous_price" numeric null, "currency_code" text null, "notified_at" timestamptz null, "raw_price" jsonb null, "raw_previous_price" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "wishlist_alert_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_wishlist_alert_item_id" ON "wishlist_alert" ("item_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_wishlist_alert_idempotency_key_unique" ON "wishlist_alert" ("idempotency_key") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_wishlist_alert_deleted_at" ON "wishlist_alert" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_wishlist_alert_customer_id" ON "wishlist_alert" ("customer_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "wishlist_item" add constraint "wishlist_item_wishlist_id_foreign" foreign key ("wishlist_id") references "wishlist" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "wishlist_alert" add constraint "wishlist_alert_item_id_foreign" foreign key ("item_id") references "wishlist_item" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "wishlist_item" drop constraint if exists "wishlist_item_wishlist_id_foreign";`
    )

    this.addSql(
      `alter table if exists "wishlist_alert" drop constraint if exists "wishlist_alert_item_id_foreign";`
    )

    this.addSql(`drop table if exists "wishlist" cascade;`)

    this.addSql(`drop table if exists "wishlist_item" cascade;`)

    this.addSql(`drop table if exists "wishlist_alert" cascade;`)
  }
}
