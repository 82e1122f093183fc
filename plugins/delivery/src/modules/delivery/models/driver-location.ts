import { model } from "@medusajs/framework/utils"

/** A location a driver's app sent; expired after `locationRetentionHours`. */
export const DriverLocation = model
  .define("driver_location", {
    id: model.id({ prefix: "dloc" }).primaryKey(),
    driver_id: model.text(),
    lat: model.float(),
    lng: model.float(),
    accuracy_m: model.float().nullable(),
    heading: model.float().nullable(),
    speed_kmh: model.float().nullable(),
    recorded_at: model.dateTime(),
  })
  .indexes([{ on: ["driver_id", "recorded_at"] }, { on: ["recorded_at"] }])
