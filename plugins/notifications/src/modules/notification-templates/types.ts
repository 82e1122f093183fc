/**
 * The built-in kinds: Medusa's order events. Every other kind belongs to the
 * capability that requests it (`notification.requested`) with its own texts.
 */
export const NOTIFICATION_KINDS = [
  "order_placed",
  "payment_captured",
  "order_shipped",
  "order_delivered",
  "order_canceled",
  "refund_issued",
  "admin_order_placed",
] as const

/** Built-in kinds sent to the store's admins (e-mail only). */
export const ADMIN_KINDS = ["admin_order_placed"] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

/** Whether `kind` is one of the built-in order kinds. */
export const isBuiltInKind = (kind: string): kind is NotificationKind =>
  (NOTIFICATION_KINDS as readonly string[]).includes(kind)

export const NOTIFICATION_CHANNELS = ["sms", "email"] as const
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number]

export const NOTIFICATION_LOCALES = ["uz", "ru", "en"] as const
export type NotificationLocale = (typeof NOTIFICATION_LOCALES)[number]

/** Placeholders the built-in (order) templates may use, as `{{name}}`. */
export const TEMPLATE_VARIABLES = [
  "customer_name",
  "order_number",
  "total",
  "amount",
  "store_name",
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

/** Default texts of a kind, as a capability requests them. */
export type RequestedTemplates = {
  sms?: Record<NotificationLocale, string>
  email?: Record<NotificationLocale, { subject: string; body: string }>
}

/** A kind the store knows: built in, or requested by a capability. */
export type KnownNotificationKind = {
  kind: string
  audience: "customer" | "admins"
  built_in: boolean
  /** Names its templates may use as `{{name}}`. */
  variables: string[]
  templates: RequestedTemplates
}
