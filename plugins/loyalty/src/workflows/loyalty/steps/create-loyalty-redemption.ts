import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE } from "../../../modules/loyalty"
import type LoyaltyModuleService from "../../../modules/loyalty/service"

export const createLoyaltyRedemptionStepId = "loyalty-create-redemption-step"

export type CreateLoyaltyRedemptionStepInput = {
  cart_id: string
  customer_id: string
  points: number
  amount: number
  currency_code: string
  credit_line_id: string
}

/**
 * Records the points applied to a cart (one row per cart: a unique index).
 * Compensation deletes the row.
 */
export const createLoyaltyRedemptionStep = createStep(
  createLoyaltyRedemptionStepId,
  async (input: CreateLoyaltyRedemptionStepInput, { container }) => {
    const service: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const created = await service.createLoyaltyRedemptions(input)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    await service.deleteLoyaltyRedemptions(id)
  }
)
