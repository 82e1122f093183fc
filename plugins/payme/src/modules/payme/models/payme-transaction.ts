import { model } from "@medusajs/framework/utils"

/**
 * One Payme Merchant API transaction (spec §1.4). Times are stored as
 * timestamps and answered to Payme as epoch milliseconds.
 */
export const PaymeTransaction = model
  .define("payme_transaction", {
    id: model.id({ prefix: "pmtx" }).primaryKey(),
    /** Payme's transaction id (`params.id`, 24 chars). */
    payme_id: model.text(),
    /** Payme's `params.time`: the 12-hour rule and GetStatement use it (§1.7, §6.3). */
    payme_time: model.dateTime(),
    /** Amount in tiyin, as Payme sent it. */
    amount: model.bigNumber(),
    account: model.json(),
    /** 1 created, 2 performed, -1 cancelled, -2 cancelled after perform. */
    state: model.number(),
    reason: model.number().nullable(),
    create_time: model.dateTime(),
    perform_time: model.dateTime().nullable(),
    cancel_time: model.dateTime().nullable(),
    payment_session_id: model.text(),
    payment_collection_id: model.text(),
    cart_id: model.text(),
    order_id: model.text().nullable(),
    payment_id: model.text().nullable(),
    refund_id: model.text().nullable(),
    /** SetFiscalData payloads by type: `{ PERFORM?: {...}, CANCEL?: {...} }`. */
    fiscal_data: model.json().nullable(),
  })
  .indexes([
    { on: ["payme_id"], unique: true },
    // One live (created or performed) transaction per cart: a second
    // CreateTransaction for the same one-time account is refused (§1.8).
    {
      name: "IDX_payme_transaction_active_cart",
      on: ["cart_id"],
      unique: true,
      where: "state IN (1, 2)",
    },
    { on: ["payme_time"] },
    { on: ["state", "payme_time"] },
  ])
  .checks([
    {
      name: "payme_transaction_state_check",
      expression: (columns) => `${columns.state} IN (1, 2, -1, -2)`,
    },
  ])
