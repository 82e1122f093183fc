import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { deliveryService } from "../../service"

export const closeOffersStepId = "delivery-close-offers-step"

/**
 * Declines one offer or expires the overdue ones. Not compensated: an
 * answer given (or a deadline passed) stays so.
 */
export const closeOffersStep = createStep(
  closeOffersStepId,
  async (
    input:
      | { offer_id: string; driver_id: string; status: "declined" }
      | { expired_before: Date; status: "expired" },
    { container }
  ) => {
    const result = await deliveryService(container).closeOffers(input)
    return new StepResponse(result)
  }
)
