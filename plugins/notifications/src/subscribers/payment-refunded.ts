import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendOrderNotificationsWorkflow } from "../workflows/notifications/send-order-notifications"

/** Tells the customer a refund was issued. */
export default async function paymentRefundedNotificationHandler({
  event: { name, data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await sendOrderNotificationsWorkflow(container).run({
    input: { kind: "refund_issued", event_name: name, resource_id: data.id },
  })
}

export const config: SubscriberConfig = {
  event: "payment.refunded",
  context: { subscriberId: "notifications-refund-issued" },
}
