/** Events of the disputes module (`<entity>.<past-tense action>`). */
export const DisputeEvents = {
  /** `{ id, order_id, customer_id }`: the merchant gets an e-mail. */
  OPENED: "dispute.opened",
  /**
   * `{ id, message_id, order_id, customer_id, author_type, visibility }`:
   * the customer is told of each public merchant message.
   */
  MESSAGE_ADDED: "dispute.message_added",
  /**
   * `{ id, order_id, customer_id, from, to, transition_id, actor_type }`:
   * the customer is told of each change (a resolution by `RESOLVED`).
   */
  STATUS_CHANGED: "dispute.status_changed",
  /** `{ id, order_id, customer_id, decision, amount, currency_code }`: the customer is told. */
  RESOLVED: "dispute.resolved",
  /** `{ id, order_id, customer_id, waiting_since }`: the merchant is reminded. */
  OVERDUE_FLAGGED: "dispute.overdue_flagged",
} as const
