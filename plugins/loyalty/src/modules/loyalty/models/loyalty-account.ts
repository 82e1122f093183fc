import { model } from "@medusajs/framework/utils"

/**
 * A customer's points account. `balance` is kept in step with the ledger in
 * the same transaction (row-locked) and a check keeps it from going negative.
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
  })
  .checks([
    {
      name: "loyalty_account_balance_non_negative",
      expression: (columns) => `${columns.balance} >= 0`,
    },
  ])
