/**
 * The event a capability emits to have someone told something. The
 * notifications plugin (if installed) subscribes to it, renders the text
 * (the merchant's override, else the default given here), respects the
 * customer's preferences, sends and records. This plugin never imports it.
 */
export const NOTIFICATION_REQUESTED_EVENT = "notification.requested"

export type NotificationLocale = "uz" | "ru" | "en"

/** Payload of {@link NOTIFICATION_REQUESTED_EVENT} (the shared contract). */
export type NotificationRequest = {
  /** Owned by this plugin, e.g. `wishlist_price_drop`. */
  kind: string
  audience: "customer" | "admins"
  /** The customer told (audience `customer`) or the one the message is about. */
  customer_id?: string | null
  /** The event behind it (stored as the notification's `trigger_type`). */
  event_name: string
  resource_type: string
  resource_id: string
  /** Idempotency: keys are `<kind>:<source_id>:<channel>`; a repeat sends nothing. */
  source_id: string
  /** Values that read the same in every language. */
  variables?: Record<string, string>
  /** Amounts, formatted per reader's language. */
  money?: Record<string, { amount: string | number; currency_code: string }>
  /** Values that differ per language. */
  localized?: Record<string, Record<NotificationLocale, string>>
  /** Default texts of the kind; merchants may override them per kind, channel and locale. */
  templates: {
    sms?: Record<NotificationLocale, string>
    email?: Record<NotificationLocale, { subject: string; body: string }>
  }
}
