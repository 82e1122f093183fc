import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WishlistEvents } from "../../modules/wishlist/events"
import {
  collectWishlistObservationsStep,
  CollectObservationsInput,
} from "./steps/collect-wishlist-observations"
import { recordWishlistObservationsStep } from "./steps/record-wishlist-observations"

export const checkWishlistAlertsWorkflowId = "wishlist-check-alerts"

/**
 * Checks watched items for price drops and restocks and sends the alerts
 * they call for: from price and inventory events, and from the scheduled job.
 */
export const checkWishlistAlertsWorkflow = createWorkflow(
  checkWishlistAlertsWorkflowId,
  (input: CollectObservationsInput) => {
    const observations = collectWishlistObservationsStep(input)
    const alertIds = recordWishlistObservationsStep(observations)
    // One event per alert; its subscriber sends the messages.
    emitEventStep({
      eventName: WishlistEvents.ALERT_CREATED,
      data: transform({ alertIds }, ({ alertIds }) =>
        alertIds.map((id: string) => ({ id }))
      ),
    })
    return new WorkflowResponse(alertIds)
  }
)
