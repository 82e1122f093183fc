import type { NotificationLocale, NotificationRequest } from "./types"

/**
 * Default texts of the loyalty plugin's messages. Variables: `{{points}}`,
 * `{{expires_on}}` (YYYY-MM-DD), plus `{{store_name}}` and
 * `{{customer_name}}` from the notifications plugin. SMS texts stay within two
 * segments with realistic values (see `__tests__/templates.unit.spec.ts`):
 * Uzbek Latin uses the ASCII apostrophe so it is sent as GSM-7.
 */
export const LOYALTY_NOTIFICATION_TEMPLATES: Record<
  "loyalty_points_expiring",
  Required<NotificationRequest["templates"]>
> = {
  loyalty_points_expiring: {
    sms: {
      uz: "{{store_name}}: {{points}} ballingiz {{expires_on}} kuni kuyadi. Foydalanib qoling!",
      ru: "{{store_name}}: {{points}} баллов сгорят {{expires_on}}. Успейте потратить!",
      en: "{{store_name}}: {{points}} points expire on {{expires_on}}. Use them before then!",
    },
    email: {
      uz: {
        subject: "{{points}} ballingiz tez orada kuyadi",
        body: "Assalomu alaykum, {{customer_name}}!\n\n{{points}} ballingiz {{expires_on}} kuni kuyadi. Foydalanib qoling!\n\nHurmat bilan,\n{{store_name}} jamoasi",
      },
      ru: {
        subject: "Скоро сгорят {{points}} баллов",
        body: "Здравствуйте, {{customer_name}}!\n\n{{points}} баллов сгорят {{expires_on}}. Успейте потратить!\n\nС уважением,\nкоманда {{store_name}}",
      },
      en: {
        subject: "{{points}} points expire soon",
        body: "Hello {{customer_name}},\n\n{{points}} points expire on {{expires_on}}. Use them before then!\n\nBest regards,\nThe {{store_name}} team",
      },
    } satisfies Record<NotificationLocale, { subject: string; body: string }>,
  },
}
