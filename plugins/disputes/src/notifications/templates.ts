import type { NotificationLocale, NotificationRequest } from "./types"

type Texts = NotificationRequest["templates"]
type PerLocale = Record<NotificationLocale, string>

/*
 * Default texts of the disputes plugin's messages (a merchant may override
 * each one in the notifications plugin). Variables: `{{order_number}}`,
 * `{{decision}}`, `{{message}}`, plus `{{store_name}}` and `{{customer_name}}`
 * from the notifications plugin. SMS texts stay within two segments with
 * realistic values (see `__tests__/templates.unit.spec.ts`): Uzbek Latin uses
 * the ASCII apostrophe (o', g') so it is sent as GSM-7.
 */

const GREETING: PerLocale = {
  uz: "Assalomu alaykum, {{customer_name}}!",
  ru: "Здравствуйте, {{customer_name}}!",
  en: "Hello {{customer_name}},",
}

const SIGNATURE: PerLocale = {
  uz: "Hurmat bilan,\n{{store_name}} jamoasi",
  ru: "С уважением,\nкоманда {{store_name}}",
  en: "Best regards,\nThe {{store_name}} team",
}

/** SMS plus an e-mail that repeats the SMS sentence between a greeting and a signature. */
function customerTexts(sms: PerLocale, subject: PerLocale): Required<Texts> {
  const email = (locale: NotificationLocale) => {
    const sentence = sms[locale].replace(/^\{\{store_name\}\}: /, "")
    const capitalised = sentence.charAt(0).toUpperCase() + sentence.slice(1)
    return {
      subject: subject[locale],
      body: `${GREETING[locale]}\n\n${capitalised}\n\n${SIGNATURE[locale]}`,
    }
  }
  return { sms, email: { uz: email("uz"), ru: email("ru"), en: email("en") } }
}

/** E-mail only: the store's admins are not sent SMS. */
function adminTexts(subject: PerLocale, body: PerLocale): Texts {
  return {
    email: {
      uz: { subject: subject.uz, body: body.uz },
      ru: { subject: subject.ru, body: body.ru },
      en: { subject: subject.en, body: body.en },
    },
  }
}

export type DisputeNotificationKind =
  | "dispute_answered"
  | "dispute_resolved"
  | "dispute_status_changed"
  | "admin_dispute_opened"
  | "admin_dispute_overdue"

/** The kinds (and texts) whose audience is the store's admins. */
export const ADMIN_DISPUTE_KINDS: DisputeNotificationKind[] = [
  "admin_dispute_opened",
  "admin_dispute_overdue",
]

export const DISPUTE_NOTIFICATION_TEMPLATES: Record<
  DisputeNotificationKind,
  Texts
> = {
  dispute_answered: customerTexts(
    {
      uz: "{{store_name}}: #{{order_number}} buyurtma bo'yicha murojaatingizga javob berildi.",
      ru: "{{store_name}}: по претензии к заказу #{{order_number}} есть ответ.",
      en: "{{store_name}}: there is a reply to your dispute on order #{{order_number}}.",
    },
    {
      uz: "#{{order_number}} buyurtma bo'yicha murojaatingizga javob",
      ru: "Ответ по претензии к заказу #{{order_number}}",
      en: "A reply to your dispute on order #{{order_number}}",
    }
  ),
  dispute_resolved: customerTexts(
    {
      uz: "{{store_name}}: #{{order_number}} bo'yicha murojaat hal qilindi: {{decision}}.",
      ru: "{{store_name}}: претензия по заказу #{{order_number}} рассмотрена: {{decision}}.",
      en: "{{store_name}}: your dispute on order #{{order_number}} was decided: {{decision}}.",
    },
    {
      uz: "#{{order_number}} buyurtma bo'yicha qaror",
      ru: "Решение по претензии к заказу #{{order_number}}",
      en: "Decision on your dispute on order #{{order_number}}",
    }
  ),
  dispute_status_changed: customerTexts(
    {
      uz: "{{store_name}}: #{{order_number}} buyurtma bo'yicha murojaatingiz holati: {{message}}.",
      ru: "{{store_name}}: статус претензии по заказу #{{order_number}}: {{message}}.",
      en: "{{store_name}}: your dispute on order #{{order_number}} is now {{message}}.",
    },
    {
      uz: "#{{order_number}} buyurtma bo'yicha murojaat holati",
      ru: "Статус претензии по заказу #{{order_number}}",
      en: "Dispute status on order #{{order_number}}",
    }
  ),
  admin_dispute_opened: adminTexts(
    {
      uz: "Yangi murojaat: buyurtma #{{order_number}}",
      ru: "Новая претензия: заказ #{{order_number}}",
      en: "New dispute: order #{{order_number}}",
    },
    {
      uz: "Buyurtma #{{order_number}} bo'yicha yangi murojaat ochildi.\nMijoz: {{customer_name}}\nSabab: {{message}}",
      ru: "По заказу #{{order_number}} открыта новая претензия.\nПокупатель: {{customer_name}}\nПричина: {{message}}",
      en: "A new dispute was opened on order #{{order_number}}.\nCustomer: {{customer_name}}\nReason: {{message}}",
    }
  ),
  admin_dispute_overdue: adminTexts(
    {
      uz: "Javobsiz murojaat: buyurtma #{{order_number}}",
      ru: "Претензия без ответа: заказ #{{order_number}}",
      en: "Dispute waiting for an answer: order #{{order_number}}",
    },
    {
      uz: "Buyurtma #{{order_number}} bo'yicha murojaat {{message}} dan beri javob kutmoqda.\nMijoz: {{customer_name}}",
      ru: "Претензия по заказу #{{order_number}} ждёт ответа с {{message}}.\nПокупатель: {{customer_name}}",
      en: "The dispute on order #{{order_number}} has been waiting for an answer since {{message}}.\nCustomer: {{customer_name}}",
    }
  ),
}
