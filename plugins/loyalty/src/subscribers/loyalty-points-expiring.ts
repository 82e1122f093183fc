import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { LoyaltyEvents } from "../modules/loyalty/events"
import { sendCustomerNotificationsWorkflow } from "../workflows/notifications/send-customer-notifications"

/** Warns the customer that points are about to expire (once per expiry date). */
export default async function loyaltyPointsExpiring({
  event: { name, data },
  container,
}: SubscriberArgs<{
  customer_id: string
  points: number
  expires_at: string | Date
}>) {
  const expiresOn = new Date(data.expires_at).toISOString().slice(0, 10)
  await sendCustomerNotificationsWorkflow(container).run({
    input: {
      kind: "loyalty_points_expiring",
      event_name: name,
      customer_id: data.customer_id,
      resource_type: "customer",
      resource_id: data.customer_id,
      source_id: `${data.customer_id}:${expiresOn}`,
      variables: { points: String(data.points), expires_on: expiresOn },
    },
  })
}

export const config: SubscriberConfig = {
  event: LoyaltyEvents.POINTS_EXPIRING,
  context: { subscriberId: "loyalty-points-expiring-notify" },
}
