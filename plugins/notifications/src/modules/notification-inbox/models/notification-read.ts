import { model } from "@medusajs/framework/utils"

/**
 * A customer read one message of their inbox (a notification on the inbox
 * channel). Absent: unread, unless the customer's `read_all_before` is later
 * than the notification.
 */
export const NotificationRead = model
  .define("notification_read", {
    id: model.id({ prefix: "nread" }).primaryKey(),
    /** The Notification Module's notification id (unique: read once). */
    notification_id: model.text().unique(),
    customer_id: model.text(),
    /** The notification's `created_at`, to count reads after `read_all_before`. */
    notification_created_at: model.dateTime(),
    read_at: model.dateTime(),
  })
  .indexes([
    {
      on: ["customer_id", "notification_created_at"],
      where: "deleted_at IS NULL",
    },
  ])
