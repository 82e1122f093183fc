import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { LoyaltyEvents } from "../../modules/loyalty/events"
import { recomputeLoyaltyTierStep } from "./steps/recompute-loyalty-tier"

export const recomputeLoyaltyTierWorkflowId = "loyalty-recompute-tier"

export type RecomputeLoyaltyTierWorkflowInput = {
  customer_id: string
  at?: Date
}

/** Recomputes a customer's tier from points earned in the window. */
export const recomputeLoyaltyTierWorkflow = createWorkflow(
  recomputeLoyaltyTierWorkflowId,
  (input: RecomputeLoyaltyTierWorkflowInput) => {
    const result = recomputeLoyaltyTierStep(input)
    when({ result }, ({ result }) => result.from !== result.to).then(() => {
      emitEventStep({
        eventName: LoyaltyEvents.TIER_CHANGED,
        data: transform({ result }, ({ result }) => ({
          customer_id: result.customer_id,
          from: result.from,
          to: result.to,
        })),
      }).config({ name: "emit-tier-changed" })
    })
    return new WorkflowResponse(result)
  }
)
