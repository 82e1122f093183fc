import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../modules/delivery/events"
import { closeOffersStep } from "./steps/close-offers"

export const declineDeliveryOfferWorkflowId = "delivery-decline-offer"

/**
 * A driver declines their open offer. A delivery left without open offers
 * is pending again (`reopened`); the plugin's subscriber re-offers it.
 */
export const declineDeliveryOfferWorkflow = createWorkflow(
  declineDeliveryOfferWorkflowId,
  (input: { offer_id: string; driver_id: string }) => {
    const result = closeOffersStep({
      offer_id: input.offer_id,
      driver_id: input.driver_id,
      status: "declined" as const,
    })
    emitEventStep({
      eventName: DeliveryEvents.DELIVERY_REOPENED,
      data: transform({ result }, ({ result }) =>
        result.reopened.map((id) => ({ id }))
      ),
    })
    return new WorkflowResponse(result)
  }
)
