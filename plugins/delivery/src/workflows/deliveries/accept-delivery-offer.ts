import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../modules/delivery/events"
import { acceptOfferStep } from "./steps/accept-offer"

export const acceptDeliveryOfferWorkflowId = "delivery-accept-offer"

/**
 * A driver accepts their open offer: the delivery becomes theirs
 * (`assigned`). When two drivers accept at once exactly one wins; the other
 * gets 409 and nothing changes for them.
 */
export const acceptDeliveryOfferWorkflow = createWorkflow(
  acceptDeliveryOfferWorkflowId,
  (input: { offer_id: string; driver_id: string }) => {
    const accepted = acceptOfferStep(input)
    emitEventStep({
      eventName: DeliveryEvents.DELIVERY_ASSIGNED,
      data: transform({ accepted, input }, ({ accepted, input }) => ({
        id: accepted.delivery_id,
        driver_id: input.driver_id,
      })),
    })
    return new WorkflowResponse(accepted)
  }
)
