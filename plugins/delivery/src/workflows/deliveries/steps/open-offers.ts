import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { NearbyDriver } from "../../../modules/delivery/service"
import { deliveryService } from "../../service"

export const openOffersStepId = "delivery-open-offers-step"

/** Offers the delivery to the candidates until the offer timeout. */
export const openOffersStep = createStep(
  openOffersStepId,
  async (
    input: {
      delivery_id: string
      candidates: NearbyDriver[]
      actor_type: "user" | "system"
      actor_id?: string | null
    },
    { container }
  ) => {
    const service = deliveryService(container)
    const timeout = service.getOptions().offerTimeoutSeconds
    const offers = await service.openOffers({
      ...input,
      expires_at: new Date(Date.now() + timeout * 1000),
    })
    return new StepResponse(
      offers,
      offers.length
        ? {
            delivery_id: input.delivery_id,
            offer_ids: offers.map((o) => o.id),
            status: offers[0].previous_status,
          }
        : null
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    await deliveryService(container).revertOffers(undo)
  }
)
