import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { LOYALTY_MODULE } from "../../../modules/loyalty"
import { floorPoints } from "../../../modules/loyalty/program"
import type LoyaltyModuleService from "../../../modules/loyalty/service"
import type { LoyaltyCart } from "../cart"

export const computeCartRedemptionStepId =
  "loyalty-compute-cart-redemption-step"

/**
 * How many of the requested points the cart can take: at most the balance
 * and at most `maxRedeemShare` of the cart total, at the currency's value
 * per point. Returns the points and the discount amount. Read-only.
 */
export const computeCartRedemptionStep = createStep(
  computeCartRedemptionStepId,
  async (
    input: { cart: LoyaltyCart; customer_id: string; points: number },
    { container }
  ) => {
    const service: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const options = service.getOptions()
    const currency = input.cart.currency_code.toLowerCase()
    const value = options.pointValues[currency]
    if (!value) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Loyalty points cannot be redeemed in ${currency.toUpperCase()} (cart ${input.cart.id}).`
      )
    }
    const cap = MathBN.mult(input.cart.total, options.maxRedeemShare)
    const maxPoints = floorPoints(MathBN.div(cap, value))
    const points = Math.min(input.points, maxPoints)
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
    const amount = MathBN.mult(points, value).toString()
    return new StepResponse({
      points,
      requested_points: input.points,
      max_points: maxPoints,
      amount,
    })
  }
)
