import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DELIVERY_MODULE } from "../modules/delivery"
import { DeliveryEvents } from "../modules/delivery/events"
import type DeliveryModuleService from "../modules/delivery/service"
import { dispatchDeliveryWorkflow } from "../workflows/deliveries/dispatch-delivery"

/**
 * With `autoDispatch`, a new delivery (or one declined by everybody it was
 * offered to) is offered to the nearest available driver.
 */
export default async function deliveryAutoDispatch({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  if (!service.getOptions().autoDispatch) {
    return
  }
  await dispatchDeliveryWorkflow(container).run({
    input: { delivery_id: data.id, actor_type: "system" },
  })
}

export const config: SubscriberConfig = {
  event: [DeliveryEvents.DELIVERY_CREATED, DeliveryEvents.DELIVERY_REOPENED],
  context: { subscriberId: "delivery-auto-dispatch" },
}
