import { model } from "@medusajs/framework/utils"

/**
 * A delivery offered to one driver until `expires_at`. At most one open
 * (`pending`) offer per (delivery, driver); several drivers may hold one for
 * the same delivery, the first accept wins (a conditional UPDATE).
 */
export const DeliveryOffer = model
  .define("delivery_offer", {
    id: model.id({ prefix: "dlvo" }).primaryKey(),
    delivery_id: model.text(),
    driver_id: model.text(),
    status: model
      .enum(["pending", "accepted", "declined", "expired", "withdrawn"])
      .default("pending"),
    distance_km: model.float().nullable(),
    expires_at: model.dateTime(),
    responded_at: model.dateTime().nullable(),
  })
  .indexes([
    {
      on: ["delivery_id", "driver_id"],
      unique: true,
      where: "status = 'pending' AND deleted_at IS NULL",
    },
    { on: ["status", "expires_at"], where: "deleted_at IS NULL" },
    { on: ["driver_id", "status"], where: "deleted_at IS NULL" },
  ])
