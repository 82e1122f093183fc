export const ADMIN_DISPUTE_FIELDS = [
  "id",
  "order_id",
  "customer_id",
  "status",
  "reason",
  "description",
  "requested_amount",
  "currency_code",
  "evidence",
  "decision",
  "refunded_amount",
  "resolution_note",
  "resolved_by",
  "closed_at",
  "merchant_answered_at",
  "overdue_flagged_at",
  "last_refund_error",
  "last_refund_error_at",
  "created_at",
  "updated_at",
]

/** One dispute with its order, payments, messages (internal too) and history. */
export const ADMIN_DISPUTE_DETAIL_FIELDS = [
  ...ADMIN_DISPUTE_FIELDS,
  "messages.*",
  "transitions.*",
  "order.id",
  "order.display_id",
  "order.status",
  "order.email",
  "order.customer_id",
  "order.currency_code",
  "order.total",
  "order.created_at",
  "order.payment_collections.id",
  "order.payment_collections.status",
  "order.payment_collections.amount",
  "order.payment_collections.captured_amount",
  "order.payment_collections.refunded_amount",
  "order.payment_collections.payments.id",
  "order.payment_collections.payments.provider_id",
  "order.payment_collections.payments.amount",
  "order.payment_collections.payments.currency_code",
  "order.payment_collections.payments.captured_at",
  "order.payment_collections.payments.captures.id",
  "order.payment_collections.payments.captures.amount",
  "order.payment_collections.payments.captures.raw_amount",
  "order.payment_collections.payments.refunds.id",
  "order.payment_collections.payments.refunds.amount",
  "order.payment_collections.payments.refunds.raw_amount",
  "order.payment_collections.payments.refunds.note",
  "order.payment_collections.payments.refunds.created_at",
]

/**
 * Order fields a list may ask for (`fields=+order.display_id,…`); Medusa
 * drops any other requested field.
 */
export const ADMIN_DISPUTE_LIST_ORDER_FIELDS = [
  "order.id",
  "order.display_id",
  "order.email",
  "order.currency_code",
  "order.total",
]

export const listAdminDisputesQueryConfig = {
  defaults: ADMIN_DISPUTE_FIELDS,
  allowed: [
    ...ADMIN_DISPUTE_FIELDS,
    "order",
    ...ADMIN_DISPUTE_LIST_ORDER_FIELDS,
  ],
  isList: true,
}
