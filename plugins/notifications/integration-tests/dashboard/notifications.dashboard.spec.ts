import { countSmsSegments } from "@bozor/uz-utils"
import { useDashboardStore } from "../../../../integration-tests/helpers/dashboard"
import {
  placeGuestOrder,
  useNotificationFakes,
} from "../../../../integration-tests/helpers/notifications"

// The Notifications screens (#16) in Debian's Chromium: edit the order-placed
// SMS in Uzbek with its live preview and segment count, save, reset to the
// default; the delivery log with masked recipients and providers.

jest.setTimeout(15 * 60 * 1000)

// Registered first: its beforeAll sets the provider env the store starts with.
const fakes = useNotificationFakes()
const store = useDashboardStore()

const TEMPLATES = "/admin/notification-templates"
const OVERRIDE_QUERY = `${TEMPLATES}?event=order_placed&channel=sms&locale=uz`

async function firstVariantId(): Promise<string> {
  const { data } = await store.admin.get("/admin/products", {
    params: { limit: 1, fields: "id,variants.id" },
  })
  return data.products[0].variants[0].id
}

/** Polls (bounded) until the log holds `count` messages and none is still being sent. */
async function waitForLog(count: number) {
  for (let i = 0; i < 150; i++) {
    const { data } = await store.admin.get("/admin/notification-deliveries")
    const rows = data.notification_deliveries
    if (
      data.count >= count &&
      rows.every((r: { status: string }) => r.status !== "pending")
    ) {
      return rows
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`The delivery log never reached ${count} rows`)
}

describe("Notifications screens", () => {
  it("edits the order-placed SMS in Uzbek with a live preview, saves it and resets it to the default", async () => {
    const { page } = store
    const { data: kinds } = await store.admin.get(
      `${TEMPLATES}/kinds?limit=100`
    )
    const orderPlaced = kinds.notification_kinds.find(
      (k: { kind: string }) => k.kind === "order_placed"
    )
    const defaultText: string = orderPlaced.templates.sms.uz

    await store.gotoApp("/notifications")
    const body = page.getByTestId("template-body")
    await body.waitFor()
    expect(await body.inputValue()).toBe(defaultText)
    expect(
      await page.getByTestId("template-source").getAttribute("data-source")
    ).toBe("default")

    // A long text: the preview counts two GSM-7 segments.
    const long =
      "{{store_name}}: hurmatli {{customer_name}}, buyurtmangiz #{{order_number}} qabul qilindi. " +
      "Jami {{total}}. Kuryer siz bilan bog'lanadi, savollar bo'lsa qo'ng'iroq qiling. Rahmat!"
    await body.fill(long)
    const segmentBadge = page.getByTestId("sms-segment-count")
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="sms-segment-count"]')
          ?.getAttribute("data-segments") === "2"
    )
    expect(await segmentBadge.textContent()).toBe("SMS segments: 2")

    const text =
      "{{store_name}}: {{customer_name}}, buyurtmangiz #{{order_number}} qabul qilindi. Jami: {{total}}."
    const rendered =
      "Bozor: Dilnoza Karimova, buyurtmangiz #100245 qabul qilindi. Jami: 12 345 000 so'm."
    const expected = countSmsSegments(rendered)
    expect(expected).toMatchObject({ encoding: "GSM-7", segments: 1 })
    await body.fill(text)
    const preview = page.getByTestId("template-preview-text")
    await page.waitForFunction(
      (want) =>
        document.querySelector('[data-testid="template-preview-text"]')
          ?.textContent === want,
      rendered
    )
    expect(await preview.textContent()).toBe(rendered)
    expect(await segmentBadge.textContent()).toBe("SMS segments: 1")
    expect(await page.getByTestId("sms-segments").textContent()).toContain(
      `Characters: ${expected.units}`
    )

    await page.getByTestId("template-save").click()
    await page.waitForSelector(
      '[data-testid="template-source"][data-source="custom"]'
    )
    const saved = await store.admin.get(OVERRIDE_QUERY)
    expect(saved.data.notification_templates).toEqual([
      expect.objectContaining({
        event: "order_placed",
        channel: "sms",
        locale: "uz",
        body: text,
        subject: null,
      }),
    ])
    expect(await body.inputValue()).toBe(text)
    await store.screenshot("notifications-templates")

    await page.getByTestId("template-reset").click()
    await page
      .getByRole("alertdialog")
      .getByRole("button", { name: "Reset to default" })
      .click()
    await page.waitForSelector(
      '[data-testid="template-source"][data-source="default"]'
    )
    expect(await page.getByTestId("template-body").inputValue()).toBe(
      defaultText
    )
    const after = await store.admin.get(OVERRIDE_QUERY)
    expect(after.data.notification_templates).toEqual([])
  })

  it("shows the delivery log with masked recipients, providers, failures and filters", async () => {
    const { page } = store
    const variantId = await firstVariantId()
    await placeGuestOrder(store.storefront, store.seed, variantId)
    await waitForLog(3)
    // Both SMS routes down: this order's SMS fails, its e-mails go out.
    fakes.eskiz.failWith("http500")
    fakes.playmobile.failWith("http500")
    await placeGuestOrder(store.storefront, store.seed, variantId)
    const log = await waitForLog(6)
    expect(
      log.filter((r: { status: string }) => r.status === "failure")
    ).toHaveLength(1)

    await store.gotoApp("/notifications?tab=log")
    const rows = page.getByTestId("delivery-row")
    await page.waitForFunction(
      () =>
        document.querySelectorAll('[data-testid="delivery-row"]').length === 6
    )
    const recipients = await page
      .getByTestId("delivery-recipient")
      .allTextContents()
    expect(recipients.filter((r) => r === "********2233")).toHaveLength(2)
    expect(recipients.filter((r) => r === "g***@example.uz")).toHaveLength(2)
    const providers = await page
      .getByTestId("delivery-provider")
      .allTextContents()
    expect(providers).toContain("Eskiz")
    expect(providers.filter((p) => p === "SMTP")).toHaveLength(4)
    const table = await page.getByTestId("delivery-log").textContent()
    expect(table).toContain("No provider accepted the message")
    expect(table).not.toContain("901112233")
    expect(table).not.toContain("guest@example.uz")
    await store.screenshot("notifications-delivery-log")

    await page.getByTestId("log-channel").click()
    await page.getByRole("option", { name: "SMS" }).click()
    await page.waitForFunction(
      () =>
        document.querySelectorAll('[data-testid="delivery-row"]').length === 2
    )
    await page.getByTestId("log-status").click()
    await page.getByRole("option", { name: "Failed" }).click()
    await page.waitForFunction(
      () =>
        document.querySelectorAll('[data-testid="delivery-row"]').length === 1
    )
    expect(await rows.first().textContent()).toContain("Failed")
  })
})
