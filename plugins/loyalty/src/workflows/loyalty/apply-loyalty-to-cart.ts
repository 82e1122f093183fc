import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createCartCreditLinesWorkflow,
  refreshPaymentCollectionForCartWorkflow,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import {
  LOYALTY_CREDIT_REFERENCE,
  loyaltyCartFields,
  loyaltyRedemptionFields,
  toLoyaltyCart,
} from "./cart"
import { computeCartRedemptionStep } from "./steps/compute-cart-redemption"
import { createLoyaltyRedemptionStep } from "./steps/create-loyalty-redemption"
import { validateLoyaltyCartStep } from "./steps/validate-loyalty-cart"

export const applyLoyaltyToCartWorkflowId = "loyalty-apply-to-cart"

export type ApplyLoyaltyToCartWorkflowInput = {
  cart_id: string
  /** The logged-in customer (`auth_context.actor_id`). */
  customer_id: string
  points: number
}

/**
 * Applies points to the customer's own cart as a cart credit line (only the
 * server creates those) and records them in `loyalty_redemption`. The points
 * leave the ledger only when the cart completes. The payment collection is
 * refreshed, so what is charged is the total after the credit.
 */
export const applyLoyaltyToCartWorkflow = createWorkflow(
  applyLoyaltyToCartWorkflowId,
  (input: ApplyLoyaltyToCartWorkflowInput) => {
    // The cart's own key: core cart flows and completion take the same lock.
    acquireLockStep({ key: input.cart_id, timeout: 5, ttl: 30 })
    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: loyaltyCartFields,
      filters: { id: input.cart_id },
    })
    const { data: redemptions } = useQueryGraphStep({
      entity: "loyalty_redemption",
      fields: loyaltyRedemptionFields,
      filters: { cart_id: input.cart_id },
    }).config({ name: "get-loyalty-redemption" })
    const cart = transform({ carts, redemptions }, ({ carts, redemptions }) =>
      toLoyaltyCart(carts[0], redemptions[0])
    )
    validateLoyaltyCartStep({
      cart,
      cart_id: input.cart_id,
      customer_id: input.customer_id,
      expect: "not-applied",
    })
    const redemption = computeCartRedemptionStep(
      transform({ cart, input }, ({ cart, input }) => ({
        cart: cart!,
        customer_id: input.customer_id,
        points: input.points,
      }))
    )
    const creditLines = createCartCreditLinesWorkflow.runAsStep({
      input: transform({ input, redemption }, ({ input, redemption }) => [
        {
          cart_id: input.cart_id,
          amount: redemption.amount,
          reference: LOYALTY_CREDIT_REFERENCE,
          reference_id: input.cart_id,
          metadata: { points: redemption.points },
        },
      ]),
    })
    createLoyaltyRedemptionStep(
      transform(
        { input, cart, redemption, creditLines },
        ({ input, cart, redemption, creditLines }) => ({
          cart_id: input.cart_id,
          customer_id: input.customer_id,
          points: redemption.points,
          amount: redemption.amount,
          currency_code: cart!.currency_code,
          credit_line_id: creditLines[0].id,
        })
      )
    )
    refreshPaymentCollectionForCartWorkflow.runAsStep({
      input: { cart_id: input.cart_id },
    })
    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse(redemption)
  }
)
