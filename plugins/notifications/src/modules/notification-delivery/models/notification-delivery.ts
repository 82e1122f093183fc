import { model } from "@medusajs/framework/utils"

/**
 * What happened to a sent notification after the provider accepted it: the
 * route that delivered it and the final status the provider reported.
 */
export const NotificationDelivery = model.define("notification_delivery", {
  id: model.id({ prefix: "ndel" }).primaryKey(),
  /** The Notification Module's notification id. */
  notification_id: model.text().unique(),
  /** The provider that delivered it: `eskiz`, `playmobile`, `smtp`… */
  route: model.text(),
  /** The provider's id of the message (Eskiz request id, PlayMobile message-id). */
  external_id: model.text().index(),
  /** Last status the provider reported (`notification.delivery_status_reported`), e.g. `DELIVRD`. */
  status: model.text().nullable(),
  status_at: model.dateTime().nullable(),
  /** Number of SMS parts billed, from the callback. */
  sms_count: model.number().nullable(),
})
