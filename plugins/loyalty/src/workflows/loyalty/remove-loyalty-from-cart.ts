import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  deleteCartCreditLinesWorkflow,
  refreshPaymentCollectionForCartWorkflow,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import {
  loyaltyCartFields,
  loyaltyRedemptionFields,
  toLoyaltyCart,
} from "./cart"
import { deleteLoyaltyRedemptionStep } from "./steps/delete-loyalty-redemption"
import { validateLoyaltyCartStep } from "./steps/validate-loyalty-cart"

export const removeLoyaltyFromCartWorkflowId = "loyalty-remove-from-cart"

export type RemoveLoyaltyFromCartWorkflowInput = {
  cart_id: string
  customer_id: string
}

/**
 * Takes the points off the customer's own cart: deletes the loyalty credit
 * line(s) and the redemption, and refreshes the payment collection.
 */
export const removeLoyaltyFromCartWorkflow = createWorkflow(
  removeLoyaltyFromCartWorkflowId,
  (input: RemoveLoyaltyFromCartWorkflowInput) => {
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
      expect: "applied",
    })
    deleteCartCreditLinesWorkflow.runAsStep({
      input: transform({ cart }, ({ cart }) => ({
        id: cart!.credit_lines.map((l) => l.id),
      })),
    })
    deleteLoyaltyRedemptionStep(
      transform({ cart }, ({ cart }) => ({ id: cart!.redemption?.id ?? null }))
    )
    refreshPaymentCollectionForCartWorkflow.runAsStep({
      input: { cart_id: input.cart_id },
    })
    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse({ cart_id: input.cart_id })
  }
)
