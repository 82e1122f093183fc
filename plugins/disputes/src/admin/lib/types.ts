export type DisputeStatus =
  "open" | "under_review" | "resolved" | "rejected" | "withdrawn"

export type DisputeReason =
  | "not_received"
  | "damaged"
  | "wrong_item"
  | "not_as_described"
  | "charged_twice"
  | "other"

export const DISPUTE_STATUSES: DisputeStatus[] = [
  "open",
  "under_review",
  "resolved",
  "rejected",
  "withdrawn",
]

export type DisputeOrder = {
  id: string
  display_id?: number | null
  email?: string | null
  currency_code: string
  total?: number | null
}

export type DisputeMessage = {
  id: string
  author_type: "customer" | "merchant"
  author_id?: string | null
  visibility: "public" | "internal"
  body?: string | null
  evidence?: string[] | null
  created_at: string
}

export type DisputeTransition = {
  id: string
  from_status?: DisputeStatus | null
  to_status: DisputeStatus
  actor_type: "customer" | "merchant" | "system"
  note?: string | null
  created_at: string
}

export type Dispute = {
  id: string
  order_id: string
  customer_id: string
  status: DisputeStatus
  reason: DisputeReason
  description: string
  requested_amount?: number | null
  currency_code: string
  evidence?: string[] | null
  decision?: "refund" | "reject" | null
  refunded_amount?: number | null
  resolution_note?: string | null
  closed_at?: string | null
  merchant_answered_at?: string | null
  overdue_flagged_at?: string | null
  last_refund_error?: string | null
  created_at: string
  order?: DisputeOrder | null
}

export type DisputeDetail = Dispute & {
  messages: DisputeMessage[]
  transitions: DisputeTransition[]
  refundable_amount: number
  refundable_amount_one_payment: number
}

export type DisputeListResponse = {
  disputes: Dispute[]
  count: number
  offset: number
  limit: number
}

/** Active disputes wait for the merchant; the others are closed. */
export const isActive = (status: DisputeStatus) =>
  status === "open" || status === "under_review"

/**
 * Overdue as the plugin's SLA job decides it: flagged (`overdue_flagged_at`)
 * while still active and not answered by the merchant since.
 */
export const isOverdue = (d: Dispute) =>
  !!d.overdue_flagged_at && isActive(d.status) && !d.merchant_answered_at
