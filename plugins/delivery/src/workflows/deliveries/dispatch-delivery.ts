import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../modules/delivery/events"
import { findDriverCandidatesStep } from "./steps/find-driver-candidates"
import { openOffersStep } from "./steps/open-offers"

export const dispatchDeliveryWorkflowId = "delivery-dispatch-delivery"

export type DispatchDeliveryWorkflowInput = {
  delivery_id: string
  /** The merchant's choice of drivers; the nearest available one when absent. */
  driver_ids?: string[]
  actor_type: "user" | "system"
  actor_id?: string | null
}

/**
 * Offers a pending delivery: to the given drivers, or to the nearest
 * approved, available driver by last known location. Each offer is open for
 * `offerTimeoutSeconds`. Returns the offers made (none when nobody is near).
 */
export const dispatchDeliveryWorkflow = createWorkflow(
  dispatchDeliveryWorkflowId,
  (input: DispatchDeliveryWorkflowInput) => {
    const { data: deliveries } = useQueryGraphStep({
      entity: "delivery",
      fields: ["id", "status", "pickup_lat", "pickup_lng"],
      filters: { id: input.delivery_id },
      options: { throwIfKeyNotFound: true },
    })
    const delivery = transform(
      { deliveries },
      ({ deliveries }) => deliveries[0] as any
    )
    const candidates = findDriverCandidatesStep({
      delivery,
      driver_ids: input.driver_ids,
    })
    const offers = openOffersStep({
      delivery_id: input.delivery_id,
      candidates,
      actor_type: input.actor_type,
      actor_id: input.actor_id,
    })
    emitEventStep({
      eventName: DeliveryEvents.DELIVERY_OFFERED,
      data: transform({ offers, input }, ({ offers, input }) =>
        offers.length
          ? [
              {
                id: input.delivery_id,
                offer_ids: offers.map((o) => o.id),
                driver_ids: offers.map((o) => o.driver_id),
              },
            ]
          : []
      ),
    })
    return new WorkflowResponse(offers)
  }
)
