import { model } from "@medusajs/framework/utils"

/**
 * A merchant's override of a built-in notification template, per event,
 * channel and locale. Bodies use `{{variable}}` placeholders.
 */
export const NotificationTemplate = model
  .define("notification_template", {
    id: model.id({ prefix: "ntpl" }).primaryKey(),
    /** Notification kind, e.g. `order_placed` (see `NOTIFICATION_KINDS`). */
    event: model.text(),
    /** `sms` or `email`. */
    channel: model.text(),
    /** `uz`, `ru` or `en`. */
    locale: model.text(),
    /** E-mail subject; null for SMS. */
    subject: model.text().nullable(),
    /** Plain-text body (the SMS text, or the e-mail's text part). */
    body: model.text(),
    /** E-mail HTML body; generated from `body` when null. */
    html: model.text().nullable(),
  })
  .indexes([
    {
      on: ["event", "channel", "locale"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
