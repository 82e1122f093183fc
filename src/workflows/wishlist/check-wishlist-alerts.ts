import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
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
    return new WorkflowResponse(alertIds)
  }
)
