import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import type { LoyaltyCart } from "../cart"

export const validateLoyaltyCartStepId = "loyalty-validate-cart-step"

/**
 * The cart must be the customer's own (anything else is "not found" to them)
 * and still open; `expect` says whether points must or must not be applied.
 */
export const validateLoyaltyCartStep = createStep(
  validateLoyaltyCartStepId,
  async (input: {
    cart: LoyaltyCart | null
    cart_id: string
    customer_id: string
    expect: "applied" | "not-applied"
  }) => {
    const { cart } = input
    if (!cart || cart.customer_id !== input.customer_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Cart with id: ${input.cart_id} was not found`
      )
    }
    if (cart.completed_at) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Cart ${cart.id} is already completed.`
      )
    }
    const applied = !!cart.redemption || cart.credit_lines.length > 0
    if (input.expect === "not-applied" && applied) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Cart ${cart.id} already has ${cart.redemption?.points ?? "some"} loyalty points applied; remove them first.`
      )
    }
    if (input.expect === "applied" && !applied) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Cart ${cart.id} has no loyalty points applied.`
      )
    }
  }
)
