import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createPromotionsStep,
  releaseLockStep,
  updateCartPromotionsWorkflow,
  updateCartsStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { MathBN, PromotionActions } from "@medusajs/framework/utils"
import type { CreatePromotionDTO } from "@medusajs/framework/types"
import { LOYALTY_CART_KEYS, loyaltyCartFields, toLoyaltyCart } from "./cart"
import { computeCartRedemptionStep } from "./steps/compute-cart-redemption"
import { validateLoyaltyCartStep } from "./steps/validate-loyalty-cart"

export const applyLoyaltyToCartWorkflowId = "loyalty-apply-to-cart"

export type ApplyLoyaltyToCartWorkflowInput = {
  cart_id: string
  /** The logged-in customer (`auth_context.actor_id`). */
  customer_id: string
  points: number
}

/** Lock key of a cart's loyalty redemption (not the cart key core flows use). */
export const loyaltyCartLockKey = (cart_id: string) => `loyalty-cart:${cart_id}`

/**
 * Applies points to the customer's own cart as a one-use fixed promotion
 * (Medusa's promotion and cart-adjustment machinery). The points leave the
 * ledger only when the cart completes.
 */
export const applyLoyaltyToCartWorkflow = createWorkflow(
  applyLoyaltyToCartWorkflowId,
  (input: ApplyLoyaltyToCartWorkflowInput) => {
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
      expect: "not-applied",
    })
    const redemption = computeCartRedemptionStep(
      transform({ cart, input }, ({ cart, input }) => ({
        cart: cart!,
        customer_id: input.customer_id,
        points: input.points,
      }))
    )
    const promotion = transform(
      { cart, input, redemption },
      ({ cart, input, redemption }): CreatePromotionDTO => ({
        code: `LOYALTY-${cart!.id}-${Date.now().toString(36)}`.toUpperCase(),
        type: "standard",
        status: "active",
        is_automatic: false,
        // The discount is exactly points × value, taxes included.
        is_tax_inclusive: true,
        limit: 1,
        application_method: {
          type: "fixed",
          target_type: "order",
          allocation: "across",
          // The DTO takes a number; the amount is points × a configured value.
          value: MathBN.convert(redemption.amount).toNumber(),
          currency_code: cart!.currency_code,
        },
        rules: [
          {
            attribute: "customer_id",
            operator: "eq",
            values: [input.customer_id],
          },
        ],
      })
    )
    const promotions = createPromotionsStep([promotion])
    const created = transform({ promotions }, ({ promotions }) => promotions[0])

    updateCartPromotionsWorkflow.runAsStep({
      input: transform({ input, promotion }, ({ input, promotion }) => ({
        cart_id: input.cart_id,
        promo_codes: [promotion.code],
        action: PromotionActions.ADD,
      })),
    })
    updateCartsStep(
      transform(
        { cart, redemption, created },
        ({ cart, redemption, created }) => [
          {
            id: cart!.id,
            metadata: {
              ...cart!.metadata,
              [LOYALTY_CART_KEYS.points]: redemption.points,
              [LOYALTY_CART_KEYS.amount]: redemption.amount,
              [LOYALTY_CART_KEYS.promotionId]: created.id,
              [LOYALTY_CART_KEYS.code]: created.code,
            },
          },
        ]
      )
    )
    releaseLockStep({
      key: transform({ input }, ({ input }) =>
        loyaltyCartLockKey(input.cart_id)
      ),
    })
    return new WorkflowResponse(redemption)
  }
)
