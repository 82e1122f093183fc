import { countSmsSegments } from "@bozor/uz-utils"
import { LOYALTY_NOTIFICATION_TEMPLATES } from "../templates"
import { expiryNoticeRequest } from "../expiry-notice"

// Realistic values, with the longest store name the notifications plugin allows (20).
const VALUES: Record<string, string> = {
  store_name: "Toshkent Uy Jihozlar",
  customer_name: "Dilnoza Karimova",
  points: "1250000",
  expires_on: "2026-12-31",
}

const fill = (text: string) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    expect(VALUES).toHaveProperty(name)
    return VALUES[name]
  })

const cases = Object.entries(LOYALTY_NOTIFICATION_TEMPLATES).flatMap(
  ([kind, t]) =>
    (["uz", "ru", "en"] as const).map((locale) => [kind, locale, t] as const)
)

describe("loyalty notification texts", () => {
  it.each(cases)(
    "%s SMS in %s fits two segments, GSM-7 unless Russian",
    (_kind, locale, t) => {
      const segments = countSmsSegments(fill(t.sms[locale]))
      expect(segments.segments).toBeLessThanOrEqual(2)
      expect(segments.encoding).toBe(locale === "ru" ? "UCS-2" : "GSM-7")
    }
  )

  it.each(cases)(
    "%s e-mail in %s has a subject and a body with every value",
    (_kind, locale, t) => {
      expect(fill(t.email[locale].subject)).toContain("1250000")
      expect(fill(t.email[locale].body)).toContain("2026-12-31")
    }
  )

  it("keys the expiry notice by customer and expiry date", () => {
    expect(
      expiryNoticeRequest({
        customer_id: "cus_1",
        points: 50,
        expires_at: "2026-12-31T10:00:00.000Z",
      })
    ).toMatchObject({
      kind: "loyalty_points_expiring",
      audience: "customer",
      event_name: "loyalty.points_expiring",
      source_id: "cus_1:2026-12-31",
      variables: { points: "50", expires_on: "2026-12-31" },
    })
  })
})
