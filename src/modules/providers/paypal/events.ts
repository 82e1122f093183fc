/** Events emitted by Bozor's PayPal capability. */
export const PayPalEvents = {
  /**
   * A verified PayPal webhook completed a cart into an order. Data:
   * `{ order_id, cart_id, payment_session_id, paypal_order_id, event_id }`.
   */
  CHECKOUT_COMPLETED: "paypal.checkout_completed",
} as const
