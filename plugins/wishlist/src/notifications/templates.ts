import type { NotificationLocale, NotificationRequest } from "./types"

/** Notification kinds of the wishlist plugin (alerts the customer asked for per item). */
export type WishlistNotificationKind =
  "wishlist_price_drop" | "wishlist_back_in_stock"

/**
 * Placeholders the wishlist texts use (besides `store_name`,
 * `customer_name`); `price` and `old_price` are amounts, formatted in the
 * reader's language.
 */
export const WISHLIST_TEMPLATE_VARIABLES = [
  "product_title",
  "price",
  "old_price",
] as const

/*
 * Default texts. SMS texts stay within two segments with realistic values
 * (checked by __tests__/templates.unit.spec.ts): Uzbek Latin uses the ASCII
 * apostrophe (o', g') so it is sent as GSM-7; Russian is UCS-2.
 */
const SMS: Record<
  WishlistNotificationKind,
  Record<NotificationLocale, string>
> = {
  wishlist_price_drop: {
    uz: "{{store_name}}: {{product_title}} arzonlashdi: {{price}} (avval {{old_price}}).",
    ru: "{{store_name}}: {{product_title}} подешевел: {{price}} (было {{old_price}}).",
    en: "{{store_name}}: {{product_title}} is now {{price}} (was {{old_price}}).",
  },
  wishlist_back_in_stock: {
    uz: "{{store_name}}: {{product_title}} yana sotuvda!",
    ru: "{{store_name}}: {{product_title}} снова в продаже!",
    en: "{{store_name}}: {{product_title}} is back in stock!",
  },
}

const EMAIL: Record<
  WishlistNotificationKind,
  Record<NotificationLocale, { subject: string; body: string }>
> = {
  wishlist_price_drop: {
    uz: {
      subject: "{{product_title}} arzonlashdi",
      body: "Assalomu alaykum, {{customer_name}}!\n\n{{product_title}} arzonlashdi: {{price}} (avval {{old_price}}).\n\nHurmat bilan,\n{{store_name}} jamoasi",
    },
    ru: {
      subject: "{{product_title}} подешевел",
      body: "Здравствуйте, {{customer_name}}!\n\n{{product_title}} подешевел: {{price}} (было {{old_price}}).\n\nС уважением,\nкоманда {{store_name}}",
    },
    en: {
      subject: "{{product_title}} is cheaper now",
      body: "Hello {{customer_name}},\n\n{{product_title}} is now {{price}} (was {{old_price}}).\n\nBest regards,\nThe {{store_name}} team",
    },
  },
  wishlist_back_in_stock: {
    uz: {
      subject: "{{product_title}} yana sotuvda",
      body: "Assalomu alaykum, {{customer_name}}!\n\n{{product_title}} yana sotuvda!\n\nHurmat bilan,\n{{store_name}} jamoasi",
    },
    ru: {
      subject: "{{product_title}} снова в продаже",
      body: "Здравствуйте, {{customer_name}}!\n\n{{product_title}} снова в продаже!\n\nС уважением,\nкоманда {{store_name}}",
    },
    en: {
      subject: "{{product_title}} is back in stock",
      body: "Hello {{customer_name}},\n\n{{product_title}} is back in stock!\n\nBest regards,\nThe {{store_name}} team",
    },
  },
}

/** The default SMS and e-mail texts of a wishlist notification kind. */
export function wishlistTemplates(
  kind: WishlistNotificationKind
): NotificationRequest["templates"] {
  return { sms: SMS[kind], email: EMAIL[kind] }
}

/**
 * The first part of the notification keys of an alert (the notifications
 * plugin keys messages `<kind with dashes>:<source_id>:<channel>`).
 */
export function alertKeyPrefix(
  kind: WishlistNotificationKind,
  alertId: string
) {
  return `${kind.replace(/_/g, "-")}:${alertId}:`
}
