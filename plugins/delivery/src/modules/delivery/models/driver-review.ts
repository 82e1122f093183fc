import { model } from "@medusajs/framework/utils"

/** One step of a driver's onboarding: who moved it where, and why. */
export const DriverReview = model
  .define("driver_review", {
    id: model.id({ prefix: "drvr" }).primaryKey(),
    driver_id: model.text(),
    from_status: model.text(),
    to_status: model.text(),
    reason: model.text().nullable(),
    actor_type: model.enum(["driver", "user", "system"]),
    actor_id: model.text().nullable(),
  })
  .indexes([{ on: ["driver_id"], where: "deleted_at IS NULL" }])
