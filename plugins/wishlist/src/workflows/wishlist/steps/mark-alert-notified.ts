import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WISHLIST_MODULE } from "../../../modules/wishlist"
import type WishlistModuleService from "../../../modules/wishlist/service"

export const markAlertNotifiedStepId = "wishlist-mark-alert-notified-step"

/** Stamps the alert as handed to the notifications (request emitted). */
export const markAlertNotifiedStep = createStep(
  markAlertNotifiedStepId,
  async ({ alert_id }: { alert_id: string }, { container }) => {
    const service: WishlistModuleService = container.resolve(WISHLIST_MODULE)
    await service.updateWishlistAlerts({
      id: alert_id,
      notified_at: new Date(),
    })
    return new StepResponse(alert_id, alert_id)
  },
  async (alertId, { container }) => {
    if (!alertId) {
      return
    }
    const service: WishlistModuleService = container.resolve(WISHLIST_MODULE)
    await service.updateWishlistAlerts({ id: alertId, notified_at: null })
  }
)
