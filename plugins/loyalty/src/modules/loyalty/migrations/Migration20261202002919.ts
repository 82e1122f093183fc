import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202002919 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "loyalty_account" add column if not exists "entry_count" integer not null default 0, add column if not exists "spent_points" integer not null default 0, add column if not exists "expired_points" integer not null default 0, add column if not exists "expiring_credit_points" integer not null default 0, add column if not exists "snapshot_at" timestamptz null, add column if not exists "unexpired_credit_points" integer not null default 0, add column if not exists "window_start" timestamptz null, add column if not exists "window_earned_points" integer not null default 0;`
    )

    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_transaction_customer_id_expires_at_points" ON "loyalty_transaction" ("customer_id", "expires_at", "points") WHERE points > 0 AND expires_at IS NOT NULL AND deleted_at IS NULL;`
    )

    // Existing accounts: their snapshot rebuilt from the ledger, with the
    // definitions of src/modules/loyalty/snapshot.ts written out here so
    // that this migration stays the same when the module changes later. The
    // checkpoint is the migration's time and a 12-month window (any window
    // start is exact; locked operations move it to the program's own).
    this.addSql(
      `update "loyalty_account" as a set "entry_count" = t.entry_count, "spent_points" = t.spent_points, "expired_points" = t.expired_points, "expiring_credit_points" = t.expiring_credit_points, "snapshot_at" = t.snapshot_at, "unexpired_credit_points" = t.unexpired_credit_points, "window_start" = t.window_start, "window_earned_points" = t.window_earned_points from (select customer_id, count(*) as entry_count, coalesce(-sum(points) filter (where points < 0 and type <> 'expire'), 0) as spent_points, coalesce(-sum(points) filter (where type = 'expire'), 0) as expired_points, coalesce(sum(points) filter (where points > 0 and expires_at is not null), 0) as expiring_credit_points, now() as snapshot_at, coalesce(sum(points) filter (where points > 0 and expires_at > now()), 0) as unexpired_credit_points, now() - interval '12 months' as window_start, coalesce(sum(points) filter (where created_at >= now() - interval '12 months' and (type = 'earn' or (type = 'reverse' and source_type in ('refund', 'order_cancel')))), 0) as window_earned_points from "loyalty_transaction" where deleted_at is null group by customer_id) as t where a.customer_id = t.customer_id and a.deleted_at is null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "loyalty_account" drop column if exists "entry_count", drop column if exists "spent_points", drop column if exists "expired_points", drop column if exists "expiring_credit_points", drop column if exists "snapshot_at", drop column if exists "unexpired_credit_points", drop column if exists "window_start", drop column if exists "window_earned_points";`
    )

    this.addSql(
      `drop index if exists "IDX_loyalty_transaction_customer_id_expires_at_points";`
    )
  }
}
