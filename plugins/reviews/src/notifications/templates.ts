import type { NotificationLocale, NotificationRequest } from "./types"

/** Notification kinds of the reviews plugin. */
export type ReviewNotificationKind = "review_approved" | "review_replied"

/** Placeholders the review texts use (besides `store_name`, `customer_name`). */
export const REVIEW_TEMPLATE_VARIABLES = ["product_title"] as const

/*
 * Default texts. SMS texts stay within two segments with realistic values
 * (checked by __tests__/templates.unit.spec.ts): Uzbek Latin uses the ASCII
 * apostrophe (o', g') so it is sent as GSM-7; Russian is UCS-2.
 */
const SMS: Record<
  ReviewNotificationKind,
  Record<NotificationLocale, string>
> = {
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
}

const EMAIL: Record<
  ReviewNotificationKind,
  Record<NotificationLocale, { subject: string; body: string }>
> = {
  review_approved: {
    uz: {
      subject: "Sharhingiz e'lon qilindi",
      body: "Assalomu alaykum, {{customer_name}}!\n\n{{product_title}} haqidagi sharhingiz e'lon qilindi. Rahmat!\n\nHurmat bilan,\n{{store_name}} jamoasi",
    },
    ru: {
      subject: "Ваш отзыв опубликован",
      body: "Здравствуйте, {{customer_name}}!\n\nВаш отзыв о {{product_title}} опубликован. Спасибо!\n\nС уважением,\nкоманда {{store_name}}",
    },
    en: {
      subject: "Your review is published",
      body: "Hello {{customer_name}},\n\nYour review of {{product_title}} is published. Thank you!\n\nBest regards,\nThe {{store_name}} team",
    },
  },
  review_replied: {
    uz: {
      subject: "Sharhingizga javob",
      body: "Assalomu alaykum, {{customer_name}}!\n\n{{product_title}} haqidagi sharhingizga do'kon javob berdi.\n\nHurmat bilan,\n{{store_name}} jamoasi",
    },
    ru: {
      subject: "Ответ на ваш отзыв",
      body: "Здравствуйте, {{customer_name}}!\n\nМагазин ответил на ваш отзыв о {{product_title}}.\n\nС уважением,\nкоманда {{store_name}}",
    },
    en: {
      subject: "A reply to your review",
      body: "Hello {{customer_name}},\n\nThe store replied to your review of {{product_title}}.\n\nBest regards,\nThe {{store_name}} team",
    },
  },
}

/** The default SMS and e-mail texts of a review notification kind. */
export function reviewTemplates(
  kind: ReviewNotificationKind
): NotificationRequest["templates"] {
  return { sms: SMS[kind], email: EMAIL[kind] }
}
