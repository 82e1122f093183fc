import type { BigNumberInput } from "@medusajs/framework/types"

/** Cart metadata keys where the applied redemption is kept. */
export const LOYALTY_CART_KEYS = {
  points: "loyalty_points",
  amount: "loyalty_amount",
  promotionId: "loyalty_promotion_id",
  code: "loyalty_promotion_code",
} as const

export type LoyaltyCart = {
  id: string
  customer_id: string | null
  currency_code: string
  total: BigNumberInput
  completed_at: string | Date | null
  metadata: Record<string, unknown>
  /** The redemption applied to the cart, when its promotion is on the cart. */
  loyalty: {
    points: number
    amount: string
    promotion_id: string
    code: string
  } | null
}

export const loyaltyCartFields = [
  "id",
  "customer_id",
  "currency_code",
  "total",
  "completed_at",
  "metadata",
  "promotions.id",
  "promotions.code",
]

type GraphCart = {
  id: string
  customer_id?: string | null
  currency_code: string
  total: BigNumberInput
  completed_at?: string | Date | null
  metadata?: Record<string, unknown> | null
  promotions?: ({ id: string; code?: string | null } | null)[] | null
}

/** Reads the redemption out of a `query.graph` cart. */
export function toLoyaltyCart(cart: GraphCart | undefined): LoyaltyCart | null {
  if (!cart) {
    return null
  }
  const metadata = cart.metadata ?? {}
  const promotionId = metadata[LOYALTY_CART_KEYS.promotionId]
  const promotion = (cart.promotions ?? []).find(
    (p) => !!p && p.id === promotionId
  )
  return {
    id: cart.id,
    customer_id: cart.customer_id ?? null,
    currency_code: cart.currency_code,
    total: cart.total,
    completed_at: cart.completed_at ?? null,
    metadata,
    loyalty: promotion
      ? {
          points: Number(metadata[LOYALTY_CART_KEYS.points]),
          amount: String(metadata[LOYALTY_CART_KEYS.amount]),
          promotion_id: promotion.id,
          code: promotion.code ?? String(metadata[LOYALTY_CART_KEYS.code]),
        }
      : null,
  }
}
