import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendOrderNotificationsWorkflow } from "../workflows/notifications/send-order-notifications"

/** Tells the customer their order was delivered, unless the merchant chose no notification. */
export default async function deliveryCreatedNotificationHandler({
  event: { name, data },
  container,
}: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  await sendOrderNotificationsWorkflow(container).run({
    input: {
      kind: "order_delivered",
      event_name: name,
      resource_id: data.id,
      no_notification: data.no_notification,
    },
  })
}

export const config: SubscriberConfig = {
  event: "delivery.created",
  context: { subscriberId: "notifications-order-delivered" },
}
