import { model } from "@medusajs/framework/utils"

/**
 * A customer's notification opt-outs, per channel and kind. A customer
 * without a row gets the defaults: transactional on, marketing off.
 */
export const NotificationPreference = model.define("notification_preference", {
  id: model.id({ prefix: "npref" }).primaryKey(),
  customer_id: model.text().unique(),
  sms_transactional: model.boolean().default(true),
  sms_marketing: model.boolean().default(false),
  email_transactional: model.boolean().default(true),
  email_marketing: model.boolean().default(false),
  /** Marketing pushes (campaigns on channel `push`). */
  push_marketing: model.boolean().default(false),
})
