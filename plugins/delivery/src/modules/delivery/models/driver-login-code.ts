import { model } from "@medusajs/framework/utils"

/**
 * A one-time SMS login code of a driver's phone (hashed), valid until
 * `expires_at`, for at most `loginCodeMaxAttempts` tries, used once.
 */
export const DriverLoginCode = model
  .define("driver_login_code", {
    id: model.id({ prefix: "dlc" }).primaryKey(),
    phone: model.text(),
    driver_id: model.text(),
    code_hash: model.text(),
    expires_at: model.dateTime(),
    attempts: model.number().default(0),
    used_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["phone", "created_at"], where: "deleted_at IS NULL" }])
