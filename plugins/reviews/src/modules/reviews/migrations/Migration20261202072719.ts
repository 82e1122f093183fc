import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The storefront's review pages order by `created_at` or `helpful_count`,
 * then `id`: with `id` in the index a page reads its rows in index order
 * instead of sorting every tie (issue #17). The new indexes replace the old
 * ones, which are their prefixes.
 */
export class Migration20261202072719 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_review_product_id_status_created_at_id" ON "review" ("product_id", "status", "created_at", "id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_review_product_id_status_helpful_count_id" ON "review" ("product_id", "status", "helpful_count", "id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `DROP INDEX IF EXISTS "IDX_review_product_id_status_created_at";`
    )
    this.addSql(
      `DROP INDEX IF EXISTS "IDX_review_product_id_status_helpful_count";`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_review_product_id_status_created_at" ON "review" ("product_id", "status", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_review_product_id_status_helpful_count" ON "review" ("product_id", "status", "helpful_count") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `DROP INDEX IF EXISTS "IDX_review_product_id_status_created_at_id";`
    )
    this.addSql(
      `DROP INDEX IF EXISTS "IDX_review_product_id_status_helpful_count_id";`
    )
  }
}
