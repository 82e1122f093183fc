import { countSmsSegments } from "@bozor/uz-utils"
import { wishlistTemplates, type WishlistNotificationKind } from "../templates"

const KINDS: WishlistNotificationKind[] = [
  "wishlist_price_drop",
  "wishlist_back_in_stock",
]
const LOCALES = ["uz", "ru", "en"] as const

// Realistic long values: a 20-character store name (the notifications
// plugin's limit), a long product title and eight-digit so'm amounts as the
// notifications plugin formats them.
const VALUES: Record<string, string> = {
  store_name: "Toshkent Uy Jihozlari".slice(0, 20),
  customer_name: "Dilnoza Karimova",
  product_title: "Cho'yan qozon, 12 l (Farg'ona)",
  price: "12 500 000 so'm",
  old_price: "12 900 000 so'm",
}

const render = (text: string) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    expect(VALUES).toHaveProperty(name)
    return VALUES[name]
  })

describe("wishlist notification texts", () => {
  it.each(KINDS.flatMap((k) => LOCALES.map((l) => [k, l] as const)))(
    "%s SMS in %s fits two segments, GSM-7 unless Russian",
    (kind, locale) => {
      const text = render(wishlistTemplates(kind).sms![locale])
      const segments = countSmsSegments(text)
      expect(segments.segments).toBeLessThanOrEqual(2)
      expect(segments.encoding).toBe(locale === "ru" ? "UCS-2" : "GSM-7")
    }
  )

  it.each(KINDS.flatMap((k) => LOCALES.map((l) => [k, l] as const)))(
    "%s e-mail in %s names the product in the subject and the text",
    (kind, locale) => {
      const email = wishlistTemplates(kind).email![locale]
      expect(render(email.subject)).toContain(VALUES.product_title)
      expect(render(email.body)).toContain(VALUES.product_title)
      expect(render(email.body)).toContain(VALUES.customer_name)
    }
  )

  it("keeps the published price-drop text", () => {
    expect(render(wishlistTemplates("wishlist_price_drop").sms!.uz)).toBe(
      "Toshkent Uy Jihozlar: Cho'yan qozon, 12 l (Farg'ona) arzonlashdi: 12 500 000 so'm (avval 12 900 000 so'm)."
    )
  })
})
