/** A language of the store's messages. */
export type NotificationLocale = "uz" | "ru" | "en"

/** The Medusa event Bozor's notifications plugin renders and sends (its contract). */
export const NOTIFICATION_REQUESTED = "notification.requested"

/**
 * The payload of `notification.requested` (copied from the notifications
 * plugin's README: this plugin never imports it).
 */
export type NotificationRequest = {
  kind: string
  audience: "customer" | "admins"
  customer_id?: string | null
  event_name: string
  resource_type: string
  resource_id: string
  source_id: string
  variables?: Record<string, string>
  localized?: Record<string, Record<NotificationLocale, string>>
  templates: {
    sms?: Record<NotificationLocale, string>
    email?: Record<NotificationLocale, { subject: string; body: string }>
  }
}
