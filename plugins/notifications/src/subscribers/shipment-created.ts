import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendOrderNotificationsWorkflow } from "../workflows/notifications/send-order-notifications"

/** Tells the customer their order has shipped, unless the merchant chose no notification. */
export default async function shipmentCreatedNotificationHandler({
  event: { name, data },
  container,
}: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  await sendOrderNotificationsWorkflow(container).run({
    input: {
      kind: "order_shipped",
      event_name: name,
      resource_id: data.id,
      no_notification: data.no_notification,
    },
  })
}

export const config: SubscriberConfig = {
  event: "shipment.created",
  context: { subscriberId: "notifications-order-shipped" },
}
