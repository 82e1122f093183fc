import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { createDeliveryForFulfillmentWorkflow } from "../workflows/deliveries/create-delivery-for-fulfillment"

/**
 * An order's fulfillment was created: one made with "Bozor courier" becomes
 * a delivery (once: unique per fulfillment).
 */
export default async function deliveryFulfillmentCreated({
  event: { data },
  container,
}: SubscriberArgs<{ order_id: string; fulfillment_id: string }>) {
  await createDeliveryForFulfillmentWorkflow(container).run({
    input: { order_id: data.order_id, fulfillment_id: data.fulfillment_id },
  })
}

export const config: SubscriberConfig = {
  event: "order.fulfillment_created",
  context: { subscriberId: "delivery-fulfillment-created" },
}
