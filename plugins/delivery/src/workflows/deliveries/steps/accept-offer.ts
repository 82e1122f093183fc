import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { deliveryService } from "../../service"

export const acceptOfferStepId = "delivery-accept-offer-step"

/** The driver takes the offered delivery; the first of concurrent accepts wins. */
export const acceptOfferStep = createStep(
  acceptOfferStepId,
  async (input: { offer_id: string; driver_id: string }, { container }) => {
    const result = await deliveryService(container).acceptOffer(input)
    return new StepResponse(result, {
      offer_id: input.offer_id,
      delivery_id: result.delivery_id,
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = deliveryService(container)
    await service.updateDeliveryOffers({ id: undo.offer_id, status: "pending" })
    await service.updateDeliveries({
      id: undo.delivery_id,
      status: "offered",
      driver_id: null,
      assigned_at: null,
    })
  }
)
