import type { NotificationLocale, NotificationRequest } from "./types"

type PerLocale = Record<NotificationLocale, string>

export type DeliveryNotificationKind =
  "delivery_courier_assigned" | "delivery_failed"

const texts = (
  sms: PerLocale,
  subject: PerLocale
): NotificationRequest["templates"] => ({
  sms,
  email: {
    uz: {
      subject: subject.uz,
      body: sms.uz.replace(/^\{\{store_name\}\}: /, ""),
    },
    ru: {
      subject: subject.ru,
      body: sms.ru.replace(/^\{\{store_name\}\}: /, ""),
    },
    en: {
      subject: subject.en,
      body: sms.en.replace(/^\{\{store_name\}\}: /, ""),
    },
  },
})

/**
 * Default texts of the delivery plugin's customer messages (a merchant may
 * override them in the notifications plugin). Shipped and delivered
 * messages come from Medusa's own `shipment.created` / `delivery.created`,
 * which the status workflows cause. Variables: `{{order_number}}`,
 * `{{driver_name}}`, `{{reason}}`.
 */
export const DELIVERY_NOTIFICATION_TEMPLATES: Record<
  DeliveryNotificationKind,
  NotificationRequest["templates"]
> = {
  delivery_courier_assigned: texts(
    {
      uz: "{{store_name}}: #{{order_number}} buyurtmangizni kuryer {{driver_name}} yetkazadi.",
      ru: "{{store_name}}: заказ #{{order_number}} доставит курьер {{driver_name}}.",
      en: "{{store_name}}: courier {{driver_name}} will deliver order #{{order_number}}.",
    },
    {
      uz: "#{{order_number}} buyurtma kuryerga berildi",
      ru: "Курьер назначен на заказ #{{order_number}}",
      en: "A courier is assigned to order #{{order_number}}",
    }
  ),
  delivery_failed: texts(
    {
      uz: "{{store_name}}: #{{order_number}} buyurtmani yetkazib bo'lmadi: {{reason}}. Biz siz bilan bog'lanamiz.",
      ru: "{{store_name}}: заказ #{{order_number}} не доставлен: {{reason}}. Мы свяжемся с вами.",
      en: "{{store_name}}: order #{{order_number}} could not be delivered: {{reason}}. We will contact you.",
    },
    {
      uz: "#{{order_number}} buyurtma yetkazilmadi",
      ru: "Заказ #{{order_number}} не доставлен",
      en: "Order #{{order_number}} was not delivered",
    }
  ),
}
