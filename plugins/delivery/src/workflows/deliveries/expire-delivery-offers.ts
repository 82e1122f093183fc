import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { closeOffersStep } from "./steps/close-offers"

export const expireDeliveryOffersWorkflowId = "delivery-expire-offers"

/** Expires the offers nobody answered in time; returns the deliveries pending again. */
export const expireDeliveryOffersWorkflow = createWorkflow(
  expireDeliveryOffersWorkflowId,
  (input: { now: Date }) => {
    const result = closeOffersStep({
      expired_before: input.now,
      status: "expired" as const,
    })
    return new WorkflowResponse(result)
  }
)
