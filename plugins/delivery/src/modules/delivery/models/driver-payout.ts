import { model } from "@medusajs/framework/utils"

/** Earnings paid to a driver, marked paid by the merchant. */
export const DriverPayout = model
  .define("driver_payout", {
    id: model.id({ prefix: "dpay" }).primaryKey(),
    driver_id: model.text(),
    amount: model.bigNumber(),
    currency_code: model.text(),
    status: model.enum(["pending", "paid"]).default("pending"),
    paid_at: model.dateTime().nullable(),
    reference: model.text().nullable(),
    paid_by: model.text().nullable(),
  })
  .indexes([{ on: ["driver_id"], where: "deleted_at IS NULL" }])
