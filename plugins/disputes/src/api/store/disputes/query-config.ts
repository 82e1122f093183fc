/** Dispute fields a customer sees (no internal notes, no refund errors). */
export const STORE_DISPUTE_FIELDS = [
  "id",
  "order_id",
  "status",
  "reason",
  "description",
  "requested_amount",
  "currency_code",
  "evidence",
  "decision",
  "refunded_amount",
  "resolution_note",
  "closed_at",
  "created_at",
  "updated_at",
]

export const STORE_DISPUTE_DETAIL_FIELDS = [
  ...STORE_DISPUTE_FIELDS,
  "messages.id",
  "messages.author_type",
  "messages.visibility",
  "messages.body",
  "messages.evidence",
  "messages.created_at",
  "transitions.id",
  "transitions.from_status",
  "transitions.to_status",
  "transitions.actor_type",
  "transitions.note",
  "transitions.created_at",
]

export const listStoreDisputesQueryConfig = {
  defaults: STORE_DISPUTE_FIELDS,
  allowed: STORE_DISPUTE_FIELDS,
  isList: true,
}
