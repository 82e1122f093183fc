import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reverseCanceledOrderPointsWorkflow } from "../workflows/loyalty/reverse-canceled-order-points"

/** Takes back a canceled order's points and returns the points it redeemed. */
export default async function loyaltyOrderCanceledHandler({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await reverseCanceledOrderPointsWorkflow(container).run({
    input: { order_id: data.id },
  })
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "loyalty-order-canceled" },
}
