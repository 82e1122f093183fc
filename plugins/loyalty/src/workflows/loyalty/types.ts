import type { BigNumberInput } from "@medusajs/framework/types"

/** What the earn/reversal workflows read about a payment. */
export type PaymentForPoints = {
  id: string
  currency_code: string
  captures: { id: string; amount: BigNumberInput }[]
  refunds: { id: string; amount: BigNumberInput; created_at: string | Date }[]
  order_id: string | null
  /** Only customers with an account collect points (guests cannot redeem). */
  customer_id: string | null
}

export const paymentFields = [
  "id",
  "currency_code",
  "captures.id",
  "captures.amount",
  "refunds.id",
  "refunds.amount",
  "refunds.created_at",
  "payment_collection.order.id",
  "payment_collection.order.customer_id",
  "payment_collection.order.customer.has_account",
]

type GraphPayment = {
  id: string
  currency_code: string
  captures?: ({ id: string; amount: BigNumberInput } | null)[] | null
  refunds?:
    | ({
        id: string
        amount: BigNumberInput
        created_at: string | Date
      } | null)[]
    | null
  payment_collection?: {
    order?: {
      id: string
      customer_id?: string | null
      customer?: { has_account?: boolean | null } | null
    } | null
  } | null
}

/** Flattens a `query.graph` payment into what the steps need. */
export function toPaymentForPoints(p: GraphPayment): PaymentForPoints {
  const order = p.payment_collection?.order ?? null
  return {
    id: p.id,
    currency_code: p.currency_code,
    captures: (p.captures ?? []).flatMap((c) =>
      c ? [{ id: c.id, amount: c.amount }] : []
    ),
    refunds: (p.refunds ?? []).flatMap((r) =>
      r ? [{ id: r.id, amount: r.amount, created_at: r.created_at }] : []
    ),
    order_id: order?.id ?? null,
    customer_id:
      order?.customer_id && order.customer?.has_account
        ? order.customer_id
        : null,
  }
}
