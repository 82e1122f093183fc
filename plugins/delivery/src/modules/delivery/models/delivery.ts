import { model } from "@medusajs/framework/utils"

/**
 * The delivery of one fulfillment by a courier. Dispatch states: `pending`
 * (nobody has it), `offered` (an offer is open); then `assigned →
 * picked_up → in_transit → delivered | failed`. Coordinates: `pickup_*` is
 * the depot, `dropoff_*` the customer's (from the shipping method's data).
 */
export const Delivery = model
  .define("delivery", {
    id: model.id({ prefix: "dlv" }).primaryKey(),
    order_id: model.text(),
    fulfillment_id: model.text(),
    status: model
      .enum([
        "pending",
        "offered",
        "assigned",
        "picked_up",
        "in_transit",
        "delivered",
        "failed",
      ])
      .default("pending"),
    driver_id: model.text().nullable(),
    pickup_lat: model.float().nullable(),
    pickup_lng: model.float().nullable(),
    dropoff_lat: model.float().nullable(),
    dropoff_lng: model.float().nullable(),
    address: model.json().nullable(),
    distance_km: model.float().nullable(),
    due_at: model.dateTime().nullable(),
    assigned_at: model.dateTime().nullable(),
    picked_up_at: model.dateTime().nullable(),
    delivered_at: model.dateTime().nullable(),
    failed_at: model.dateTime().nullable(),
    failure_reason: model.text().nullable(),
  })
  .indexes([
    { on: ["fulfillment_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_id"], where: "deleted_at IS NULL" },
    { on: ["driver_id", "status"], where: "deleted_at IS NULL" },
    { on: ["status"], where: "deleted_at IS NULL" },
  ])
