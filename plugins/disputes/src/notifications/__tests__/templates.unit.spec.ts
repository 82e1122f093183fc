import { countSmsSegments } from "@bozor/uz-utils"
import { DISPUTE_STATUS_LABELS } from "../../modules/disputes/labels"
import { formatMoney } from "@bozor/uz-utils"
import {
  ADMIN_DISPUTE_KINDS,
  DISPUTE_NOTIFICATION_TEMPLATES,
  type DisputeNotificationKind,
} from "../templates"
import type { NotificationLocale } from "../types"

const LOCALES: NotificationLocale[] = ["uz", "ru", "en"]

// Realistic values at their longest: the longest store name the notifications
// plugin allows (20), a 9-digit refund, the longest status label.
const valuesFor = (locale: NotificationLocale): Record<string, string> => {
  const amount = formatMoney(123456789, "uzs", locale)
  return {
    store_name: "Toshkent Uy Jihozlar",
    customer_name: "Dilnoza Karimova",
    order_number: "1002450",
    decision: {
      uz: `${amount} qaytariladi`,
      ru: `вернём ${amount}`,
      en: `${amount} will be refunded`,
    }[locale],
    message: Object.values(DISPUTE_STATUS_LABELS)
      .map((l) => l[locale])
      .sort((a, b) => b.length - a.length)[0],
  }
}

const fill = (text: string, locale: NotificationLocale) => {
  const values = valuesFor(locale)
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    expect(values).toHaveProperty(name)
    return values[name]
  })
}

const kinds = Object.keys(
  DISPUTE_NOTIFICATION_TEMPLATES
) as DisputeNotificationKind[]
const customerKinds = kinds.filter((k) => !ADMIN_DISPUTE_KINDS.includes(k))
const each = (list: DisputeNotificationKind[]) =>
  list.flatMap((k) => LOCALES.map((l) => [k, l] as const))

describe("dispute notification texts", () => {
  it.each(each(customerKinds))(
    "%s SMS in %s fits two segments, GSM-7 unless Russian",
    (kind, locale) => {
      const sms = DISPUTE_NOTIFICATION_TEMPLATES[kind].sms![locale]
      const segments = countSmsSegments(fill(sms, locale))
      expect(segments.segments).toBeLessThanOrEqual(2)
      expect(segments.encoding).toBe(locale === "ru" ? "UCS-2" : "GSM-7")
    }
  )

  it.each(each(kinds))(
    "%s e-mail in %s names the order in its subject and body",
    (kind, locale) => {
      const email = DISPUTE_NOTIFICATION_TEMPLATES[kind].email![locale]
      expect(fill(email.subject, locale)).toContain("#1002450")
      expect(fill(email.body, locale)).toContain("#1002450")
    }
  )

  it("sends the admins e-mail only", () => {
    for (const kind of ADMIN_DISPUTE_KINDS) {
      expect(DISPUTE_NOTIFICATION_TEMPLATES[kind].sms).toBeUndefined()
    }
  })

  it("keeps the e-mail sentence of the SMS, between greeting and signature", () => {
    expect(
      DISPUTE_NOTIFICATION_TEMPLATES.dispute_status_changed.email!.en.body
    ).toBe(
      "Hello {{customer_name}},\n\nYour dispute on order #{{order_number}} is now {{message}}.\n\nBest regards,\nThe {{store_name}} team"
    )
  })
})
