/** Notification kinds Bozor sends; one template per kind, channel and locale. */
export const NOTIFICATION_KINDS = [
  "order_placed",
  "payment_captured",
  "order_shipped",
  "order_delivered",
  "order_canceled",
  "refund_issued",
  "admin_order_placed",
  // Wishlist alerts (customer asked for them per item: sent as transactional).
  "wishlist_price_drop",
  "wishlist_back_in_stock",
  // Reviews, disputes, loyalty.
  "review_approved",
  "review_replied",
  "dispute_answered",
  "dispute_resolved",
  "dispute_status_changed",
  "admin_dispute_opened",
  "admin_dispute_overdue",
  "loyalty_points_expiring",
] as const

/** Kinds sent to the store's admins (e-mail only). */
export const ADMIN_KINDS = [
  "admin_order_placed",
  "admin_dispute_opened",
  "admin_dispute_overdue",
] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

export const NOTIFICATION_CHANNELS = ["sms", "email"] as const
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number]

export const NOTIFICATION_LOCALES = ["uz", "ru", "en"] as const
export type NotificationLocale = (typeof NOTIFICATION_LOCALES)[number]

/** Placeholders a template may use, as `{{name}}`. */
export const TEMPLATE_VARIABLES = [
  "customer_name",
  "order_number",
  "total",
  "amount",
  "store_name",
  "product_title",
  "price",
  "old_price",
  "decision",
  "message",
  "points",
  "expires_on",
] as const
/** Values to fill a template with: the built-in names, or any a requesting capability declares. */
export type TemplateVariables = Partial<
  Record<(typeof TEMPLATE_VARIABLES)[number], string>
> &
  Record<string, string | undefined>

export type TemplateSource = {
  subject?: string | null
  body: string
  html?: string | null
}

export type RenderedMessage = {
  subject?: string
  text: string
  html?: string
  /** `default` or the id of the merchant's override. */
  source: string
  /** The values it was filled with, `store_name` included. */
  variables: TemplateVariables
}

export type { NotificationsPluginOptions as NotificationTemplatesModuleOptions } from "../../utils/options"
