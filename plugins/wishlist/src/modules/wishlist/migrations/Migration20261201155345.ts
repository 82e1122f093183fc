import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201155345 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_wishlist_alert_created_at" ON "wishlist_alert" ("created_at") WHERE deleted_at IS NULL AND notified_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_wishlist_alert_created_at";`)
  }
}
