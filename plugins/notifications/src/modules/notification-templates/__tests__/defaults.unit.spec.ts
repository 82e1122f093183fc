import { defaultTemplate } from "../defaults"
import { renderTemplate, unknownPlaceholders } from "../render"
import { ADMIN_KINDS, NOTIFICATION_KINDS, NOTIFICATION_LOCALES } from "../types"
import { countSmsSegments } from "@bozor/uz-utils"
import { SAMPLE_VARIABLES } from "../../../workflows/notifications/steps/validate-notification-template"
import { MAX_STORE_NAME_LENGTH } from "../../../utils/options"

// The longest store name the module option allows.
const LONGEST_STORE_NAME = "Toshkent Uy Jihozlari".slice(
  0,
  MAX_STORE_NAME_LENGTH
)

describe("built-in notification templates", () => {
  const admin: readonly string[] = ADMIN_KINDS
  const kinds = NOTIFICATION_KINDS.filter((k) => !admin.includes(k))
  // Kinds about an order name it in the subject and the text.
  const orderKinds: readonly string[] = [
    "order_placed",
    "payment_captured",
    "order_shipped",
    "order_delivered",
    "order_canceled",
    "refund_issued",
    "admin_order_placed",
  ]

  it.each(
    kinds.flatMap((k) => NOTIFICATION_LOCALES.map((l) => [k, l] as const))
  )("%s SMS in %s fits two segments, GSM-7 unless Russian", (kind, locale) => {
    const source = defaultTemplate(kind, "sms", locale)!
    expect(unknownPlaceholders(source.body)).toEqual([])
    const { text } = renderTemplate(source, {
      ...SAMPLE_VARIABLES,
      store_name: LONGEST_STORE_NAME,
    })
    const segments = countSmsSegments(text)
    expect(segments.segments).toBeLessThanOrEqual(2)
    expect(segments.encoding).toBe(locale === "ru" ? "UCS-2" : "GSM-7")
  })

  it.each(
    NOTIFICATION_KINDS.flatMap((k) =>
      NOTIFICATION_LOCALES.map((l) => [k, l] as const)
    )
  )("%s e-mail in %s has a subject, text and HTML", (kind, locale) => {
    const rendered = renderTemplate(
      defaultTemplate(kind, "email", locale)!,
      SAMPLE_VARIABLES
    )
    expect(rendered.subject).toBeTruthy()
    if (orderKinds.includes(kind)) {
      expect(rendered.subject).toContain("100245")
      expect(rendered.text).toContain("100245")
    }
    expect(rendered.html).toMatch(/^<p>/)
    expect(rendered.text).not.toMatch(/\{\{/)
  })

  it("knows only Medusa's order kinds: capabilities bring their own", () => {
    expect([...NOTIFICATION_KINDS]).toEqual([
      "order_placed",
      "payment_captured",
      "order_shipped",
      "order_delivered",
      "order_canceled",
      "refund_issued",
      "admin_order_placed",
    ])
  })

  it("has no admin SMS", () => {
    expect(defaultTemplate("admin_order_placed", "sms", "uz")).toBeNull()
  })

  it("escapes variables in HTML but not in text", () => {
    const out = renderTemplate(
      { subject: "Hi {{customer_name}}", body: "Hello {{customer_name}}" },
      { customer_name: "<b>O'g'il</b>" }
    )
    expect(out.text).toBe("Hello <b>O'g'il</b>")
    expect(out.html).toBe("<p>Hello &lt;b&gt;O&#39;g&#39;il&lt;/b&gt;</p>")
  })

  it("renders the exact Uzbek and Russian order SMS", () => {
    const vars = { ...SAMPLE_VARIABLES, total: "1 325 000 so'm" }
    expect(
      renderTemplate(defaultTemplate("order_placed", "sms", "uz")!, vars).text
    ).toBe(
      "Bozor: buyurtmangiz #100245 qabul qilindi. Summa: 1 325 000 so'm. Rahmat!"
    )
    expect(
      renderTemplate(defaultTemplate("order_placed", "sms", "ru")!, {
        ...vars,
        total: "1 325 000 сум",
      }).text
    ).toBe("Bozor: заказ #100245 принят. Сумма: 1 325 000 сум. Спасибо!")
  })
})
