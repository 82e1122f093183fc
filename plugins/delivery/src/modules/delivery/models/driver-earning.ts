import { model } from "@medusajs/framework/utils"

/**
 * The driver's ledger: one earning per delivered delivery (unique
 * `delivery_id`), paid out by `payout_id`.
 */
export const DriverEarning = model
  .define("driver_earning", {
    id: model.id({ prefix: "dern" }).primaryKey(),
    driver_id: model.text(),
    delivery_id: model.text(),
    amount: model.bigNumber(),
    currency_code: model.text(),
    distance_km: model.float(),
    payout_id: model.text().nullable(),
  })
  .indexes([
    { on: ["delivery_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["driver_id", "payout_id"], where: "deleted_at IS NULL" },
  ])
