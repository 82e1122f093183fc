/**
 * Emitted after an authenticated Eskiz delivery callback about a message the
 * `notification-eskiz` provider sent. The notifications plugin (or any
 * subscriber) records it; this plugin stores no delivery status itself.
 */
export const NOTIFICATION_DELIVERY_STATUS_REPORTED =
  "notification.delivery_status_reported"

/** Payload of `notification.delivery_status_reported` (plain JSON). */
export type NotificationDeliveryStatusReported = {
  /** The route that delivered the message: always `eskiz` here. */
  provider: "eskiz"
  /** Core `notification` id the callback URL was issued for. */
  notification_id: string
  /**
   * The provider's message id: Eskiz's `request_id`, without the `eskiz:`
   * prefix the notification's own `external_id` carries.
   */
  external_id: string
  /** Provider status, upper case, e.g. `DELIVRD`, `UNDELIV`, `ENROUTE`. */
  status: string
  /** When the status was reached (ISO 8601, UTC), or null when not reported. */
  status_at: string | null
  /** Why it failed, when the provider says. Eskiz reports none. */
  reason?: string | null
  /** SMS parts billed, when reported. */
  sms_count?: number | null
}
