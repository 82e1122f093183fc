import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendOrderNotificationsWorkflow } from "../workflows/notifications/send-order-notifications"

/** Tells the customer their order was canceled. */
export default async function orderCanceledNotificationHandler({
  event: { name, data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await sendOrderNotificationsWorkflow(container).run({
    input: { kind: "order_canceled", event_name: name, resource_id: data.id },
  })
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "notifications-order-canceled" },
}
