import { MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"
import type { ResolvedLoyaltyOptions } from "../../modules/loyalty/types"
import type { CartCreditLine, CartRedemption } from "./cart"
import { maxRedeemablePoints } from "./steps/compute-cart-redemption"

/** The cart as completion sees it (its snapshot in `completeCartWorkflow`). */
export type CompletingCart = {
  id: string
  customer_id: string | null
  currency_code: string
  item_total: BigNumberInput
  /** The cart's loyalty credit lines only. */
  credit_lines: CartCreditLine[]
}

/**
 * Why a cart's recorded redemption cannot be spent as it stands, or null
 * when it can: the cart must still belong to the customer who applied the
 * points, carry exactly the recorded credit line and amount, and the points
 * must still fit under the cap of its item total.
 */
export function redemptionProblem(
  cart: CompletingCart,
  redemption: CartRedemption | null,
  options: ResolvedLoyaltyOptions
): string | null {
  if (!redemption) {
    return cart.credit_lines.length
      ? "carries a loyalty credit that is not recorded"
      : null
  }
  if (cart.customer_id !== redemption.customer_id) {
    return "no longer belongs to the customer who applied the points"
  }
  const [line, ...others] = cart.credit_lines
  if (
    !line ||
    others.length ||
    line.id !== redemption.credit_line_id ||
    !MathBN.eq(line.amount, redemption.amount) ||
    cart.currency_code.toLowerCase() !== redemption.currency_code.toLowerCase()
  ) {
    return "does not carry the loyalty credit that was applied"
  }
  const limit = maxRedeemablePoints(
    cart.item_total,
    cart.currency_code,
    options
  )
  if (!limit || Number(redemption.points) > limit.max_points) {
    return "now has a loyalty credit larger than the allowed share of its items"
  }
  return null
}
