import type { DisputeActor } from "../../modules/disputes/types"

export type { DisputeActor }

/** What the validate steps need to know of a dispute. */
export type DisputeSnapshot = {
  id: string
  status: string
  order_id: string
  customer_id: string
}

/** The order payment fields a refund plan reads. */
export type OrderPaymentView = {
  id: string
  currency_code?: string | null
  captures?: ({ amount?: unknown; raw_amount?: unknown } | null)[] | null
  refunds?: ({ amount?: unknown; raw_amount?: unknown } | null)[] | null
}

export const DISPUTE_FIELDS = [
  "id",
  "status",
  "order_id",
  "customer_id",
  "currency_code",
  "requested_amount",
]

export const ORDER_PAYMENT_FIELDS = [
  "id",
  "currency_code",
  "payment_collections.payments.id",
  "payment_collections.payments.currency_code",
  "payment_collections.payments.captures.raw_amount",
  "payment_collections.payments.refunds.raw_amount",
]
