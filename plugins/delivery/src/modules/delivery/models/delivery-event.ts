import { model } from "@medusajs/framework/utils"

/** The history of a delivery: every status change, offer and assignment. */
export const DeliveryEvent = model
  .define("delivery_event", {
    id: model.id({ prefix: "dlve" }).primaryKey(),
    delivery_id: model.text(),
    type: model.text(),
    from_status: model.text().nullable(),
    to_status: model.text().nullable(),
    driver_id: model.text().nullable(),
    reason: model.text().nullable(),
    actor_type: model.enum(["driver", "user", "customer", "system"]),
    actor_id: model.text().nullable(),
  })
  .indexes([{ on: ["delivery_id", "created_at"], where: "deleted_at IS NULL" }])
