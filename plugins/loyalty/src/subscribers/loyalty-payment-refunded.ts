import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reverseRefundPointsWorkflow } from "../workflows/loyalty/reverse-refund-points"

/**
 * Takes back points in proportion to a refund (including refunds made for a
 * cancelation or a dispute), once per refund, by DB key.
 */
export default async function loyaltyPaymentRefundedHandler({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await reverseRefundPointsWorkflow(container).run({
    input: { payment_id: data.id },
  })
}

export const config: SubscriberConfig = {
  event: "payment.refunded",
  context: { subscriberId: "loyalty-payment-refunded" },
}
