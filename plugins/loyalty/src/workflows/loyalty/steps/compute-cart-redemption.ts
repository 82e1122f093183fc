import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"
import { LOYALTY_MODULE } from "../../../modules/loyalty"
import { floorPoints } from "../../../modules/loyalty/program"
import type LoyaltyModuleService from "../../../modules/loyalty/service"
import type { ResolvedLoyaltyOptions } from "../../../modules/loyalty/types"
import type { LoyaltyCart } from "../cart"

export const computeCartRedemptionStepId =
  "loyalty-compute-cart-redemption-step"

/** What a cart redemption comes to (points and their value, major units). */
export type CartRedemptionPlan = {
  points: number
  requested_points: number
  max_points: number
  amount: number
}

/**
 * Most points a cart can take: `maxRedeemShare` of its item total (items
 * after their discounts, taxes included; shipping excluded, since the credit
 * is meant to pay for goods) at the currency's value per point. Null when
 * points cannot be redeemed in the currency.
 */
export function maxRedeemablePoints(
  item_total: BigNumberInput,
  currency_code: string,
  options: ResolvedLoyaltyOptions
): { max_points: number; value: number } | null {
  const value = options.pointValues[currency_code.toLowerCase()]
  if (!value) {
    return null
  }
  const cap = MathBN.mult(item_total, options.maxRedeemShare)
  return { max_points: floorPoints(MathBN.div(cap, value)), value }
}

/**
 * How many of the requested points the cart can take: at most the balance
 * and at most the cap above. Returns the points and the credit amount
 * (`points × value`, exactly what is taken off and later debited). Read-only.
 */
export const computeCartRedemptionStep = createStep(
  computeCartRedemptionStepId,
  async (
    input: { cart: LoyaltyCart; customer_id: string; points: number },
    { container }
  ) => {
    const service: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const limit = maxRedeemablePoints(
      input.cart.item_total,
      input.cart.currency_code,
      await service.getSettings()
    )
    if (!limit) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Loyalty points cannot be redeemed in ${input.cart.currency_code.toUpperCase()} (cart ${input.cart.id}).`
      )
    }
    const points = Math.min(input.points, limit.max_points)
    if (points < 1) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Cart ${input.cart.id} is too small to redeem loyalty points.`
      )
    }
    const { balance } = await service.getSummary(input.customer_id)
    if (points > balance) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Customer ${input.customer_id} has ${balance} loyalty points; ${points} are needed.`
      )
    }
    const plan: CartRedemptionPlan = {
      points,
      requested_points: input.points,
      max_points: limit.max_points,
      amount: MathBN.mult(points, limit.value).toNumber(),
    }
    return new StepResponse(plan)
  }
)
