import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { awardPaymentPointsWorkflow } from "../workflows/loyalty/award-payment-points"

/** Credits loyalty points for a captured payment (once per capture, by DB key). */
export default async function loyaltyPaymentCapturedHandler({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await awardPaymentPointsWorkflow(container).run({
    input: { payment_id: data.id },
  })
}

export const config: SubscriberConfig = {
  event: "payment.captured",
  context: { subscriberId: "loyalty-payment-captured" },
}
