import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202070802 extends Migration {
  override async up(): Promise<void> {
    // The ledger page's full order (created_at, id): a deep page reads its
    // ids from the index alone (issue #17).
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_transaction_customer_id_created_at_id" ON "loyalty_transaction" ("customer_id", "created_at", "id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `drop index if exists "IDX_loyalty_transaction_customer_id_created_at";`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_transaction_customer_id_created_at" ON "loyalty_transaction" ("customer_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `drop index if exists "IDX_loyalty_transaction_customer_id_created_at_id";`
    )
  }
}
