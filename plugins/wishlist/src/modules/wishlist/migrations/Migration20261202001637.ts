import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202001637 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index if exists "IDX_wishlist_item_product_variant_id";`)

    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_wishlist_item_product_variant_id_id" ON "wishlist_item" ("product_variant_id", "id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `drop index if exists "IDX_wishlist_item_product_variant_id_id";`
    )

    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_wishlist_item_product_variant_id" ON "wishlist_item" ("product_variant_id") WHERE deleted_at IS NULL;`
    )
  }
}
