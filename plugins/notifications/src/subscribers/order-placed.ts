import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendOrderNotificationsWorkflow } from "../workflows/notifications/send-order-notifications"

/** Notifies the customer (SMS, e-mail) and the admins (e-mail) of a new order. */
export default async function orderPlacedNotificationHandler({
  event: { name, data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await sendOrderNotificationsWorkflow(container).run({
    input: { kind: "order_placed", event_name: name, resource_id: data.id },
  })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "notifications-order-placed" },
}
