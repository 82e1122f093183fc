/** Events the loyalty module's workflows emit (data carries ids for messages). */
export const LoyaltyEvents = {
  /** `{ customer_id, transaction_ids, points, order_id }` */
  POINTS_AWARDED: "loyalty.points_awarded",
  /** `{ customer_id, transaction_ids, points, order_id }` */
  POINTS_REVERSED: "loyalty.points_reversed",
  /** `{ customer_id, transaction_id, points, cart_id }` */
  POINTS_REDEEMED: "loyalty.points_redeemed",
  /** `{ customer_id, transaction_id, points }` */
  POINTS_ADJUSTED: "loyalty.points_adjusted",
  /** `{ customer_id, transaction_id, points }` */
  POINTS_EXPIRED: "loyalty.points_expired",
  /** `{ customer_id, points, expires_at }` — notice before expiry. */
  POINTS_EXPIRING: "loyalty.points_expiring",
  /** `{ customer_id, from, to }` */
  TIER_CHANGED: "loyalty.tier_changed",
} as const
