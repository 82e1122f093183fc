import { model } from "@medusajs/framework/utils"

/**
 * Access tokens of notification providers (Eskiz), shared by every process.
 * Written by the Eskiz provider through the database connection.
 */
export const NotificationProviderToken = model.define(
  "notification_provider_token",
  {
    id: model.id({ prefix: "nptok" }).primaryKey(),
    /** `eskiz:<account e-mail>`. */
    provider: model.text().unique(),
    token: model.text(),
    expires_at: model.dateTime(),
  }
)
