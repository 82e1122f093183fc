import { model } from "@medusajs/framework/utils"

/**
 * The append-only points ledger. `(source_type, source_id)` is unique, so one
 * capture, refund, order, cart or job run is never counted twice.
 */
export const LoyaltyTransaction = model
  .define("loyalty_transaction", {
    id: model.id({ prefix: "ltx" }).primaryKey(),
    customer_id: model.text(),
    type: model.enum(["earn", "redeem", "reverse", "expire", "adjust"]),
    points: model.number(),
    balance_after: model.number(),
    source_type: model.text(),
    source_id: model.text(),
    order_id: model.text().nullable(),
    currency_code: model.text().nullable(),
    amount: model.bigNumber().nullable(),
    reason: model.text().nullable(),
    expires_at: model.dateTime().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["source_type", "source_id"], unique: true },
    // The ledger page, newest first (issue #17): `id` makes it the page's
    // full order, so a deep page reads ids from the index alone.
    { on: ["customer_id", "created_at", "id"] },
    { on: ["order_id"], where: "order_id IS NOT NULL" },
    // Credits by expiry date (issue #17): the account snapshot's refresh
    // sums the unexpired ones, a read those since its checkpoint.
    {
      on: ["customer_id", "expires_at", "points"],
      where: "points > 0 AND expires_at IS NOT NULL",
    },
  ])
