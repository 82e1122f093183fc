import { countSmsSegments } from "@bozor/uz-utils"
import { reviewTemplates, type ReviewNotificationKind } from "../templates"

const KINDS: ReviewNotificationKind[] = ["review_approved", "review_replied"]
const LOCALES = ["uz", "ru", "en"] as const

// Realistic long values: a 20-character store name (the notifications
// plugin's limit) and a long product title.
const VALUES: Record<string, string> = {
  store_name: "Toshkent Uy Jihozlari".slice(0, 20),
  customer_name: "Dilnoza Karimova",
  product_title: "Cho'yan qozon, 12 l (Farg'ona)",
}

const render = (text: string) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    expect(VALUES).toHaveProperty(name)
    return VALUES[name]
  })

describe("review notification texts", () => {
  it.each(KINDS.flatMap((k) => LOCALES.map((l) => [k, l] as const)))(
    "%s SMS in %s fits two segments, GSM-7 unless Russian",
    (kind, locale) => {
      const text = render(reviewTemplates(kind).sms![locale])
      const segments = countSmsSegments(text)
      expect(segments.segments).toBeLessThanOrEqual(2)
      expect(segments.encoding).toBe(locale === "ru" ? "UCS-2" : "GSM-7")
    }
  )

  it.each(KINDS.flatMap((k) => LOCALES.map((l) => [k, l] as const)))(
    "%s e-mail in %s has a subject and names the product",
    (kind, locale) => {
      const email = reviewTemplates(kind).email![locale]
      expect(render(email.subject)).toBeTruthy()
      expect(render(email.body)).toContain(VALUES.product_title)
      expect(render(email.body)).toContain(VALUES.customer_name)
    }
  )

  it("keeps the published texts", () => {
    expect(render(reviewTemplates("review_approved").sms!.uz)).toBe(
      "Toshkent Uy Jihozlar: Cho'yan qozon, 12 l (Farg'ona) haqidagi sharhingiz e'lon qilindi. Rahmat!"
    )
  })
})
