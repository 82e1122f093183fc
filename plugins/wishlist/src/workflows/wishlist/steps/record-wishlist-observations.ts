import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WISHLIST_MODULE } from "../../../modules/wishlist"
import type WishlistModuleService from "../../../modules/wishlist/service"
import type { ItemObservation } from "../../../modules/wishlist/types"

export const recordWishlistObservationsStepId =
  "wishlist-record-observations-step"

/**
 * Stores what was seen and creates the alerts it calls for (once per drop or
 * restock, under row locks). Not compensated: an observation stays true even
 * if sending fails, and unsent alerts are sent by the scheduled check.
 */
export const recordWishlistObservationsStep = createStep(
  recordWishlistObservationsStepId,
  async (observations: ItemObservation[], { container }) => {
    const service: WishlistModuleService = container.resolve(WISHLIST_MODULE)
    const alerts = await service.recordObservations(observations)
    return new StepResponse(alerts.map((a) => a.id))
  }
)
