import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE } from "../../../modules/loyalty"
import type LoyaltyModuleService from "../../../modules/loyalty/service"

export const recomputeLoyaltyTierStepId = "loyalty-recompute-tier-step"

/** Sets the customer's tier from points earned in the window; undo restores it. */
export const recomputeLoyaltyTierStep = createStep(
  recomputeLoyaltyTierStepId,
  async (input: { customer_id: string; at?: Date }, { container }) => {
    const service: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const result = await service.recomputeTier(
      input.customer_id,
      input.at ? new Date(input.at) : new Date()
    )
    return new StepResponse(
      { customer_id: input.customer_id, ...result },
      result.from !== result.to
        ? { customer_id: input.customer_id, from: result.from }
        : null
    )
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    await service.restoreTier(undo.customer_id, undo.from)
  }
)
