import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE } from "../../../modules/loyalty"
import type LoyaltyModuleService from "../../../modules/loyalty/service"

export const deleteLoyaltyRedemptionStepId = "loyalty-delete-redemption-step"

/**
 * Soft-deletes a cart's redemption (points taken off the cart).
 * Compensation restores it.
 */
export const deleteLoyaltyRedemptionStep = createStep(
  deleteLoyaltyRedemptionStepId,
  async (input: { id: string | null }, { container }) => {
    if (!input.id) {
      return new StepResponse(undefined, null)
    }
    const service: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    await service.softDeleteLoyaltyRedemptions([input.id])
    return new StepResponse(undefined, input.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    await service.restoreLoyaltyRedemptions([id])
  }
)
