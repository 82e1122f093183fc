import { ADMIN_KINDS } from "./types"
import type {
  NotificationChannel,
  NotificationKind,
  NotificationLocale,
  TemplateSource,
} from "./types"

/*
 * Built-in templates. SMS texts must stay within two segments with realistic
 * values (checked by __tests__/defaults.unit.spec.ts): Uzbek Latin uses the
 * ASCII apostrophe (o', g') so it is sent as GSM-7; Russian is UCS-2 (67
 * characters per part when split).
 */
type AdminKind = (typeof ADMIN_KINDS)[number]

const SMS: Record<
  Exclude<NotificationKind, AdminKind>,
  Record<NotificationLocale, string>
> = {
  order_placed: {
    uz: "{{store_name}}: buyurtmangiz #{{order_number}} qabul qilindi. Summa: {{total}}. Rahmat!",
    ru: "{{store_name}}: заказ #{{order_number}} принят. Сумма: {{total}}. Спасибо!",
    en: "{{store_name}}: your order #{{order_number}} has been received. Total: {{total}}. Thank you!",
  },
  payment_captured: {
    uz: "{{store_name}}: #{{order_number}} buyurtma uchun {{amount}} to'lov qabul qilindi. Rahmat!",
    ru: "{{store_name}}: оплата {{amount}} по заказу #{{order_number}} получена. Спасибо!",
    en: "{{store_name}}: payment of {{amount}} for order #{{order_number}} received. Thank you!",
  },
  order_shipped: {
    uz: "{{store_name}}: #{{order_number}} buyurtmangiz jo'natildi. Tez orada yetkaziladi.",
    ru: "{{store_name}}: заказ #{{order_number}} отправлен. Скоро доставим.",
    en: "{{store_name}}: your order #{{order_number}} has been shipped. It will arrive soon.",
  },
  order_delivered: {
    uz: "{{store_name}}: #{{order_number}} buyurtmangiz yetkazildi. Xaridingiz uchun rahmat!",
    ru: "{{store_name}}: заказ #{{order_number}} доставлен. Спасибо за покупку!",
    en: "{{store_name}}: your order #{{order_number}} has been delivered. Thank you for shopping with us!",
  },
  order_canceled: {
    uz: "{{store_name}}: #{{order_number}} buyurtmangiz bekor qilindi. Savollar bo'lsa, biz bilan bog'laning.",
    ru: "{{store_name}}: заказ #{{order_number}} отменён. Есть вопросы? Свяжитесь с нами.",
    en: "{{store_name}}: your order #{{order_number}} has been canceled. Questions? Contact us.",
  },
  refund_issued: {
    uz: "{{store_name}}: #{{order_number}} buyurtma bo'yicha {{amount}} qaytarildi.",
    ru: "{{store_name}}: по заказу #{{order_number}} возвращено {{amount}}.",
    en: "{{store_name}}: {{amount}} for order #{{order_number}} has been refunded.",
  },
}

const SUBJECTS: Record<NotificationKind, Record<NotificationLocale, string>> = {
  order_placed: {
    uz: "Buyurtma #{{order_number}} qabul qilindi",
    ru: "Заказ #{{order_number}} принят",
    en: "Order #{{order_number}} received",
  },
  payment_captured: {
    uz: "#{{order_number}} buyurtma uchun to'lov cheki",
    ru: "Чек об оплате заказа #{{order_number}}",
    en: "Payment receipt for order #{{order_number}}",
  },
  order_shipped: {
    uz: "Buyurtma #{{order_number}} jo'natildi",
    ru: "Заказ #{{order_number}} отправлен",
    en: "Order #{{order_number}} shipped",
  },
  order_delivered: {
    uz: "Buyurtma #{{order_number}} yetkazildi",
    ru: "Заказ #{{order_number}} доставлен",
    en: "Order #{{order_number}} delivered",
  },
  order_canceled: {
    uz: "Buyurtma #{{order_number}} bekor qilindi",
    ru: "Заказ #{{order_number}} отменён",
    en: "Order #{{order_number}} canceled",
  },
  refund_issued: {
    uz: "#{{order_number}} buyurtma bo'yicha pul qaytarildi",
    ru: "Возврат средств по заказу #{{order_number}}",
    en: "Refund for order #{{order_number}}",
  },
  admin_order_placed: {
    uz: "Yangi buyurtma #{{order_number}} ({{total}})",
    ru: "Новый заказ #{{order_number}} ({{total}})",
    en: "New order #{{order_number}} ({{total}})",
  },
}

const GREETING: Record<NotificationLocale, string> = {
  uz: "Assalomu alaykum, {{customer_name}}!",
  ru: "Здравствуйте, {{customer_name}}!",
  en: "Hello {{customer_name}},",
}

const SIGNATURE: Record<NotificationLocale, string> = {
  uz: "Hurmat bilan,\n{{store_name}} jamoasi",
  ru: "С уважением,\nкоманда {{store_name}}",
  en: "Best regards,\nThe {{store_name}} team",
}

const ADMIN_BODY: Record<NotificationLocale, string> = {
  uz: "Yangi buyurtma #{{order_number}} tushdi.\nMijoz: {{customer_name}}\nJami: {{total}}",
  ru: "Поступил новый заказ #{{order_number}}.\nПокупатель: {{customer_name}}\nИтого: {{total}}",
  en: "A new order #{{order_number}} was placed.\nCustomer: {{customer_name}}\nTotal: {{total}}",
}

/** The built-in template for a kind, channel and locale, or null when that channel is not used for the kind. */
export function defaultTemplate(
  kind: NotificationKind,
  channel: NotificationChannel,
  locale: NotificationLocale
): TemplateSource | null {
  if (kind === "admin_order_placed") {
    return channel === "email"
      ? { subject: SUBJECTS[kind][locale], body: ADMIN_BODY[locale] }
      : null
  }
  if (channel === "sms") {
    return { body: SMS[kind][locale] }
  }
  // The e-mail repeats the SMS sentence between a greeting and a signature.
  const sentence = SMS[kind][locale].replace(/^\{\{store_name\}\}: /, "")
  const capitalised = sentence.charAt(0).toUpperCase() + sentence.slice(1)
  return {
    subject: SUBJECTS[kind][locale],
    body: `${GREETING[locale]}\n\n${capitalised}\n\n${SIGNATURE[locale]}`,
  }
}
