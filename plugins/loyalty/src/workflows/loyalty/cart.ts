import type { BigNumberInput } from "@medusajs/framework/types"

/** `reference` of the cart (and order) credit line that carries the points. */
export const LOYALTY_CREDIT_REFERENCE = "loyalty"

/** The loyalty_redemption row of a cart, as read back from the module. */
export type CartRedemption = {
  id: string
  customer_id: string
  points: number
  amount: BigNumberInput
  currency_code: string
  credit_line_id: string
}

export type CartCreditLine = {
  id: string
  amount: BigNumberInput
  reference?: string | null
  reference_id?: string | null
}

export type LoyaltyCart = {
  id: string
  customer_id: string | null
  currency_code: string
  /** Items after their discounts, taxes included: what a credit can take off. */
  item_total: BigNumberInput
  completed_at: string | Date | null
  /** The cart's loyalty credit lines (normally none or one). */
  credit_lines: CartCreditLine[]
  /** The redemption recorded for the cart, if any. */
  redemption: CartRedemption | null
}

export const loyaltyCartFields = [
  "id",
  "customer_id",
  "currency_code",
  "item_total",
  "completed_at",
  "credit_lines.id",
  "credit_lines.amount",
  "credit_lines.reference",
  "credit_lines.reference_id",
]

export const loyaltyRedemptionFields = [
  "id",
  "customer_id",
  "points",
  "amount",
  "currency_code",
  "credit_line_id",
]

type GraphCart = {
  id: string
  customer_id?: string | null
  currency_code: string
  item_total: BigNumberInput
  completed_at?: string | Date | null
  credit_lines?: (CartCreditLine | null)[] | null
}

/** Only the credit lines loyalty wrote (store credit etc. are left alone). */
export function loyaltyCreditLines(
  lines: (CartCreditLine | null | undefined)[] | null | undefined
): CartCreditLine[] {
  return (lines ?? []).flatMap((l) =>
    l && l.reference === LOYALTY_CREDIT_REFERENCE ? [l] : []
  )
}

/** The cart as the loyalty steps need it: `query.graph` cart + redemption. */
export function toLoyaltyCart(
  cart: GraphCart | undefined,
  redemption: CartRedemption | undefined
): LoyaltyCart | null {
  if (!cart) {
    return null
  }
  return {
    id: cart.id,
    customer_id: cart.customer_id ?? null,
    currency_code: cart.currency_code,
    item_total: cart.item_total,
    completed_at: cart.completed_at ?? null,
    credit_lines: loyaltyCreditLines(cart.credit_lines),
    redemption: redemption
      ? { ...redemption, points: Number(redemption.points) }
      : null,
  }
}
