import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MedusaError } from "@medusajs/framework/utils"
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
  const [delivery] = await service.listDeliveries(
    { id: data.id },
    { select: ["id", "status"] }
  )
  if (delivery?.status !== "pending") {
    // Assigned by the merchant (or offered) meanwhile.
    return
  }
  try {
    await dispatchDeliveryWorkflow(container).run({
      input: { delivery_id: data.id, actor_type: "system" },
    })
  } catch (e) {
    // The merchant assigned it between the check and the offer: nothing to do.
    if (
      !MedusaError.isMedusaError(e) ||
      (e as MedusaError).type !== MedusaError.Types.NOT_ALLOWED
    ) {
      throw e
    }
  }
}

export const config: SubscriberConfig = {
  event: [DeliveryEvents.DELIVERY_CREATED, DeliveryEvents.DELIVERY_REOPENED],
  context: { subscriberId: "delivery-auto-dispatch" },
}
