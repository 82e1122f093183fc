import { model } from "@medusajs/framework/utils"

/**
 * One Click SHOP API payment attempt (spec §2.2–2.6), keyed by Click's
 * `click_trans_id`. `prepare_id` is the integer `merchant_prepare_id` (and
 * `merchant_confirm_id`) Click requires: Medusa string ids cannot be used.
 */
export const ClickTransaction = model
  .define("click_transaction", {
    id: model.id({ prefix: "clktx" }).primaryKey(),
    /** Integer identity returned to Click as merchant_prepare_id. */
    prepare_id: model.autoincrement(),
    /** Click's attempt id (bigint, kept as its decimal string). */
    click_trans_id: model.text(),
    /** Click's payment number; the Merchant API `payment_id`. */
    click_paydoc_id: model.text(),
    /** What Click sends back as merchant_trans_id: the Medusa payment session id. */
    merchant_trans_id: model.text(),
    payment_session_id: model.text(),
    payment_collection_id: model.text(),
    cart_id: model.text(),
    amount: model.bigNumber(),
    currency_code: model.text(),
    status: model
      .enum(["prepared", "confirming", "confirmed", "cancelled"])
      .default("prepared"),
    /** The error code Click sent with a cancelling Complete. */
    click_error: model.number().nullable(),
    click_error_note: model.text().nullable(),
    order_id: model.text().nullable(),
    confirmed_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["click_trans_id"], unique: true },
    { on: ["prepare_id"], unique: true },
    { on: ["merchant_trans_id"] },
    {
      // A cart is paid through Click at most once, whatever the attempt.
      name: "IDX_click_transaction_cart_id_paid_unique",
      on: ["cart_id"],
      unique: true,
      where: "status IN ('confirming', 'confirmed') AND deleted_at IS NULL",
    },
  ])
