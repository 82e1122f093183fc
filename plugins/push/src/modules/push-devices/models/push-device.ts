import { model } from "@medusajs/framework/utils"

/**
 * A phone (or browser) a customer registered for push messages: its Firebase
 * Cloud Messaging registration token, platform and language. A token belongs
 * to one app install, so it is unique: registering it again (another
 * customer logged in on the same phone) moves it to that customer.
 */
export const PushDevice = model
  .define("push_device", {
    id: model.id({ prefix: "pdev" }).primaryKey(),
    customer_id: model.text(),
    /** The FCM registration token the app got from Firebase. */
    token: model.text(),
    platform: model.enum(["android", "ios", "web"]),
    /** Language of the messages shown on this device; null: the customer's. */
    locale: model.enum(["uz", "ru", "en"]).nullable(),
    /** Last time the app registered the token (apps re-register on start). */
    last_seen_at: model.dateTime(),
  })
  .indexes([
    { on: ["token"], unique: true, where: "deleted_at IS NULL" },
    { on: ["customer_id"], where: "deleted_at IS NULL" },
  ])
