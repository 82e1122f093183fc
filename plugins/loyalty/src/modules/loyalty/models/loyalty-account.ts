import { model } from "@medusajs/framework/utils"

/**
 * A customer's points account. `balance` is kept in step with the ledger in
 * the same transaction (row-locked) and a check keeps it from going negative.
 *
 * The account is also the snapshot of its ledger (issue #17), so the
 * summary reads this row instead of aggregating the whole ledger: totals
 * that every write moves in the same transaction, and sums that depend on
 * the time as of a checkpoint every locked operation refreshes
 * (`src/modules/loyalty/snapshot.ts`). The ledger stays the source of truth:
 * `rebuildSnapshots` recomputes them from it.
 */
export const LoyaltyAccount = model
  .define("loyalty_account", {
    id: model.id({ prefix: "lacc" }).primaryKey(),
    customer_id: model.text().unique(),
    balance: model.number().default(0),
    tier: model.text().nullable(),
    tier_updated_at: model.dateTime().nullable(),
    /** Expiry date the customer was last told about (one notice per date). */
    expiry_notice_for: model.dateTime().nullable(),
    /** Number of ledger entries (the history's `count`). */
    entry_count: model.number().default(0),
    /** Points taken by debits other than expiry (redemptions, reversals, negative adjustments). */
    spent_points: model.number().default(0),
    /** Points taken by expiry entries. */
    expired_points: model.number().default(0),
    /** Points of credits that carry an expiry date, whether due yet or not. */
    expiring_credit_points: model.number().default(0),
    /** Checkpoint: when the two sums below were taken from the ledger. */
    snapshot_at: model.dateTime().nullable(),
    /** Points of credits expiring after `snapshot_at`. */
    unexpired_credit_points: model.number().default(0),
    /** Start of the tier window at `snapshot_at`. */
    window_start: model.dateTime().nullable(),
    /** Points earned (earn minus earn reversals) since `window_start`. */
    window_earned_points: model.number().default(0),
  })
  .checks([
    {
      name: "loyalty_account_balance_non_negative",
      expression: (columns) => `${columns.balance} >= 0`,
    },
  ])
