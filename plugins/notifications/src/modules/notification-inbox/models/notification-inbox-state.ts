import { model } from "@medusajs/framework/utils"

/** "Mark all as read": everything in the inbox created before `read_all_before` is read. */
export const NotificationInboxState = model.define("notification_inbox_state", {
  id: model.id({ prefix: "ninbx" }).primaryKey(),
  customer_id: model.text().unique(),
  read_all_before: model.dateTime(),
})
