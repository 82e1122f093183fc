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
  review_approved: {
    uz: "{{store_name}}: {{product_title}} haqidagi sharhingiz e'lon qilindi. Rahmat!",
    ru: "{{store_name}}: ваш отзыв о {{product_title}} опубликован. Спасибо!",
    en: "{{store_name}}: your review of {{product_title}} is published. Thank you!",
  },
  review_replied: {
    uz: "{{store_name}}: {{product_title}} haqidagi sharhingizga do'kon javob berdi.",
    ru: "{{store_name}}: магазин ответил на ваш отзыв о {{product_title}}.",
    en: "{{store_name}}: the store replied to your review of {{product_title}}.",
  },
  dispute_answered: {
    uz: "{{store_name}}: #{{order_number}} buyurtma bo'yicha murojaatingizga javob berildi.",
    ru: "{{store_name}}: по претензии к заказу #{{order_number}} есть ответ.",
    en: "{{store_name}}: there is a reply to your dispute on order #{{order_number}}.",
  },
  dispute_resolved: {
    uz: "{{store_name}}: #{{order_number}} bo'yicha murojaat hal qilindi: {{decision}}.",
    ru: "{{store_name}}: претензия по заказу #{{order_number}} рассмотрена: {{decision}}.",
    en: "{{store_name}}: your dispute on order #{{order_number}} was decided: {{decision}}.",
  },
  dispute_status_changed: {
    uz: "{{store_name}}: #{{order_number}} buyurtma bo'yicha murojaatingiz holati: {{message}}.",
    ru: "{{store_name}}: статус претензии по заказу #{{order_number}}: {{message}}.",
    en: "{{store_name}}: your dispute on order #{{order_number}} is now {{message}}.",
  },
  loyalty_points_expiring: {
    uz: "{{store_name}}: {{points}} ballingiz {{expires_on}} kuni kuyadi. Foydalanib qoling!",
    ru: "{{store_name}}: {{points}} баллов сгорят {{expires_on}}. Успейте потратить!",
    en: "{{store_name}}: {{points}} points expire on {{expires_on}}. Use them before then!",
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
  wishlist_price_drop: {
    uz: "{{product_title}} arzonlashdi",
    ru: "{{product_title}} подешевел",
    en: "{{product_title}} is cheaper now",
  },
  wishlist_back_in_stock: {
    uz: "{{product_title}} yana sotuvda",
    ru: "{{product_title}} снова в продаже",
    en: "{{product_title}} is back in stock",
  },
  review_approved: {
    uz: "Sharhingiz e'lon qilindi",
    ru: "Ваш отзыв опубликован",
    en: "Your review is published",
  },
  review_replied: {
    uz: "Sharhingizga javob",
    ru: "Ответ на ваш отзыв",
    en: "A reply to your review",
  },
  dispute_answered: {
    uz: "#{{order_number}} buyurtma bo'yicha murojaatingizga javob",
    ru: "Ответ по претензии к заказу #{{order_number}}",
    en: "A reply to your dispute on order #{{order_number}}",
  },
  dispute_resolved: {
    uz: "#{{order_number}} buyurtma bo'yicha qaror",
    ru: "Решение по претензии к заказу #{{order_number}}",
    en: "Decision on your dispute on order #{{order_number}}",
  },
  dispute_status_changed: {
    uz: "#{{order_number}} buyurtma bo'yicha murojaat holati",
    ru: "Статус претензии по заказу #{{order_number}}",
    en: "Dispute status on order #{{order_number}}",
  },
  admin_dispute_overdue: {
    uz: "Javobsiz murojaat: buyurtma #{{order_number}}",
    ru: "Претензия без ответа: заказ #{{order_number}}",
    en: "Dispute waiting for an answer: order #{{order_number}}",
  },
  admin_dispute_opened: {
    uz: "Yangi murojaat: buyurtma #{{order_number}}",
    ru: "Новая претензия: заказ #{{order_number}}",
    en: "New dispute: order #{{order_number}}",
  },
  loyalty_points_expiring: {
    uz: "{{points}} ballingiz tez orada kuyadi",
    ru: "Скоро сгорят {{points}} баллов",
    en: "{{points}} points expire soon",
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

const ADMIN_DISPUTE_BODY: Record<NotificationLocale, string> = {
  uz: "Buyurtma #{{order_number}} bo'yicha yangi murojaat ochildi.\nMijoz: {{customer_name}}\nSabab: {{message}}",
  ru: "По заказу #{{order_number}} открыта новая претензия.\nПокупатель: {{customer_name}}\nПричина: {{message}}",
  en: "A new dispute was opened on order #{{order_number}}.\nCustomer: {{customer_name}}\nReason: {{message}}",
}

const ADMIN_OVERDUE_BODY: Record<NotificationLocale, string> = {
  uz: "Buyurtma #{{order_number}} bo'yicha murojaat {{message}} dan beri javob kutmoqda.\nMijoz: {{customer_name}}",
  ru: "Претензия по заказу #{{order_number}} ждёт ответа с {{message}}.\nПокупатель: {{customer_name}}",
  en: "The dispute on order #{{order_number}} has been waiting for an answer since {{message}}.\nCustomer: {{customer_name}}",
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
  if (
    kind === "admin_order_placed" ||
    kind === "admin_dispute_opened" ||
    kind === "admin_dispute_overdue"
  ) {
    const body = {
      admin_order_placed: ADMIN_BODY,
      admin_dispute_opened: ADMIN_DISPUTE_BODY,
      admin_dispute_overdue: ADMIN_OVERDUE_BODY,
    }[kind]
    return channel === "email"
      ? { subject: SUBJECTS[kind][locale], body: body[locale] }
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
