import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  releaseLockStep,
  updateCartPromotionsWorkflow,
  updateCartsStep,
  updatePromotionsStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { PromotionActions } from "@medusajs/framework/utils"
import { LOYALTY_CART_KEYS, loyaltyCartFields, toLoyaltyCart } from "./cart"
import { loyaltyCartLockKey } from "./apply-loyalty-to-cart"
import { validateLoyaltyCartStep } from "./steps/validate-loyalty-cart"

export const removeLoyaltyFromCartWorkflowId = "loyalty-remove-from-cart"

export type RemoveLoyaltyFromCartWorkflowInput = {
  cart_id: string
  customer_id: string
}

/** Removes the points discount from the customer's own cart. */
export const removeLoyaltyFromCartWorkflow = createWorkflow(
  removeLoyaltyFromCartWorkflowId,
  (input: RemoveLoyaltyFromCartWorkflowInput) => {
    acquireLockStep({
      key: transform({ input }, ({ input }) =>
        loyaltyCartLockKey(input.cart_id)
      ),
      timeout: 5,
      ttl: 30,
    })
    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: loyaltyCartFields,
      filters: { id: input.cart_id },
    })
    const cart = transform({ carts }, ({ carts }) => toLoyaltyCart(carts[0]))
    validateLoyaltyCartStep({
      cart,
      cart_id: input.cart_id,
      customer_id: input.customer_id,
      expect: "applied",
    })
    updateCartPromotionsWorkflow.runAsStep({
      input: transform({ cart }, ({ cart }) => ({
        cart_id: cart!.id,
        promo_codes: [cart!.loyalty!.code],
        action: PromotionActions.REMOVE,
      })),
    })
    updateCartsStep(
      transform({ cart }, ({ cart }) => [
        {
          id: cart!.id,
          metadata: {
            ...cart!.metadata,
            [LOYALTY_CART_KEYS.points]: null,
            [LOYALTY_CART_KEYS.amount]: null,
            [LOYALTY_CART_KEYS.promotionId]: null,
            [LOYALTY_CART_KEYS.code]: null,
          },
        },
      ])
    )
    updatePromotionsStep(
      transform({ cart }, ({ cart }) => [
        { id: cart!.loyalty!.promotion_id, status: "inactive" as const },
      ])
    )
    releaseLockStep({
      key: transform({ input }, ({ input }) =>
        loyaltyCartLockKey(input.cart_id)
      ),
    })
    return new WorkflowResponse({ cart_id: input.cart_id })
  }
)
