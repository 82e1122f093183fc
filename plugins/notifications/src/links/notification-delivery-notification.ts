import { defineLink } from "@medusajs/framework/utils"
import NotificationModule from "@medusajs/medusa/notification"
import NotificationDeliveryModule from "../modules/notification-delivery"

/**
 * Read-only: `notification_delivery.notification_id` holds the notification
 * id, so `query.graph({ entity: "notification", fields: ["notification_delivery.*"] })`
 * shows the route that delivered a message and its final provider status.
 */
export default defineLink(
  {
    linkable: NotificationModule.linkable.notification,
    field: "id",
    isList: false,
  },
  {
    ...NotificationDeliveryModule.linkable.notificationDelivery.id,
    primaryKey: "notification_id",
  },
  { readOnly: true }
)
