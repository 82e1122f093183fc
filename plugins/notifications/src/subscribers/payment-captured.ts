import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendOrderNotificationsWorkflow } from "../workflows/notifications/send-order-notifications"

/** Sends the customer a payment receipt when a payment is captured. */
export default async function paymentCapturedNotificationHandler({
  event: { name, data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await sendOrderNotificationsWorkflow(container).run({
    input: { kind: "payment_captured", event_name: name, resource_id: data.id },
  })
}

export const config: SubscriberConfig = {
  event: "payment.captured",
  context: { subscriberId: "notifications-payment-captured" },
}
