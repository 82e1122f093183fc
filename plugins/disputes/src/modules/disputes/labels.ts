import type { NotificationLocale } from "../../notifications/types"
import type { DisputeReason, DisputeStatus } from "./types"

/** How a dispute's reason reads in each language (the merchant's e-mail). */
export const DISPUTE_REASON_LABELS: Record<
  DisputeReason,
  Record<NotificationLocale, string>
> = {
  not_received: {
    uz: "Buyurtma yetib kelmadi",
    ru: "Заказ не получен",
    en: "Order not received",
  },
  damaged: {
    uz: "Mahsulot shikastlangan",
    ru: "Товар повреждён",
    en: "Item damaged",
  },
  wrong_item: {
    uz: "Boshqa mahsulot keldi",
    ru: "Прислали не тот товар",
    en: "Wrong item",
  },
  not_as_described: {
    uz: "Mahsulot tavsifga mos emas",
    ru: "Товар не соответствует описанию",
    en: "Not as described",
  },
  charged_twice: {
    uz: "Pul ikki marta yechildi",
    ru: "Деньги списаны дважды",
    en: "Charged twice",
  },
  other: { uz: "Boshqa sabab", ru: "Другое", en: "Other" },
}

/**
 * How a dispute's status reads in each language, as the end of "your dispute
 * … is now …" (the customer's SMS and e-mail on each status change).
 */
export const DISPUTE_STATUS_LABELS: Record<
  DisputeStatus,
  Record<NotificationLocale, string>
> = {
  open: { uz: "ochiq", ru: "открыта", en: "open" },
  under_review: {
    uz: "ko'rib chiqilmoqda",
    ru: "на рассмотрении",
    en: "under review",
  },
  resolved: { uz: "hal qilindi", ru: "удовлетворена", en: "resolved" },
  rejected: { uz: "rad etildi", ru: "отклонена", en: "rejected" },
  withdrawn: { uz: "qaytarib olindi", ru: "отозвана", en: "withdrawn" },
}
