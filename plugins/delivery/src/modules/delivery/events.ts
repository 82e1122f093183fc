/**
 * Events of the delivery module (`<entity>.<past-tense action>`). Deliveries
 * are `courier_delivery` in event names: core already emits
 * `delivery.created` when a fulfillment is marked delivered.
 */
export const DeliveryEvents = {
  DRIVER_REGISTERED: "driver.registered",
  DRIVER_SUBMITTED: "driver.submitted",
  DRIVER_REVIEWED: "driver.reviewed",
  DELIVERY_CREATED: "courier_delivery.created",
  DELIVERY_OFFERED: "courier_delivery.offered",
  DELIVERY_ASSIGNED: "courier_delivery.assigned",
  /** Back to pending after a decline: to be offered again. */
  DELIVERY_REOPENED: "courier_delivery.reopened",
  DELIVERY_STATUS_CHANGED: "courier_delivery.status_changed",
  DELIVERY_RATED: "courier_delivery.rated",
  PAYOUT_PAID: "driver_payout.paid",
} as const
