import { model } from "@medusajs/framework/utils"

/**
 * A courier of the store's own fleet. `status` is the onboarding state
 * (pending → under_review → approved | rejected); only approved, active
 * drivers get work. `last_*` is the latest location (the history is in
 * `driver_location`), kept on the row for the nearest-driver search and the
 * DB-level rate limit of location updates.
 */
export const Driver = model
  .define("driver", {
    id: model.id({ prefix: "drv" }).primaryKey(),
    email: model.text(),
    first_name: model.text(),
    last_name: model.text().nullable(),
    phone: model.text().nullable(),
    status: model
      .enum(["pending", "under_review", "approved", "rejected"])
      .default("pending"),
    is_active: model.boolean().default(true),
    available: model.boolean().default(false),
    vehicle_type: model
      .enum(["foot", "bicycle", "scooter", "motorcycle", "car", "van"])
      .nullable(),
    vehicle_model: model.text().nullable(),
    vehicle_plate: model.text().nullable(),
    license_number: model.text().nullable(),
    review_reason: model.text().nullable(),
    reviewed_at: model.dateTime().nullable(),
    last_lat: model.float().nullable(),
    last_lng: model.float().nullable(),
    last_location_at: model.dateTime().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["email"], unique: true, where: "deleted_at IS NULL" },
    { on: ["status", "is_active", "available"], where: "deleted_at IS NULL" },
  ])
