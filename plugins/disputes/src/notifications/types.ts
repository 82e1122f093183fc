/** A language of the store's messages. */
export type NotificationLocale = "uz" | "ru" | "en"

/** The Medusa event the notifications plugin listens to (Bozor's contract). */
export const NOTIFICATION_REQUESTED = "notification.requested"

/**
 * The payload of `notification.requested`: what to tell whom, with this
 * plugin's own default texts. The notifications plugin renders it (a
 * merchant's override first), respects the customer's preferences, sends and
 * records it; the disputes plugin never imports it.
 */
export type NotificationRequest = {
  /** The message kind, owned by this plugin, e.g. `dispute_resolved`. */
  kind: string
  /** `admins`: an e-mail to every admin user, in the store's admin locale. */
  audience: "customer" | "admins"
  /** The customer told (audience customer) or the one the message is about. */
  customer_id?: string | null
  /** The capability event behind it (stored as `trigger_type`). */
  event_name: string
  resource_type: string
  resource_id: string
  /** Idempotency: keys are `<kind>:<source_id>:<channel>`. */
  source_id: string
  /** Values that read the same in every language. */
  variables?: Record<string, string>
  /** Amounts, formatted in each reader's language. */
  money?: Record<string, { amount: string | number; currency_code: string }>
  /** Values that differ per language. */
  localized?: Record<string, Record<NotificationLocale, string>>
  /** This plugin's default texts; a merchant may override each one. */
  templates: {
    sms?: Record<NotificationLocale, string>
    email?: Record<NotificationLocale, { subject: string; body: string }>
  }
}
