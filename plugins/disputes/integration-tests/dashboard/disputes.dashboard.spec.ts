import { useDashboardStore } from "../../../../integration-tests/helpers/dashboard"
import { prepareCart } from "../../../../integration-tests/helpers/checkout"
import { registerCustomer } from "../../../../integration-tests/helpers/customers"

jest.setTimeout(5 * 60 * 1000)

// The merchant's disputes screens in the real dashboard: the inbox, a
// dispute page where an internal note is added and the dispute is resolved
// with a partial refund, and the order page's disputes widget.
const store = useDashboardStore()

// 1 × Qozon (650 000 so'm) + Tashkent courier (25 000 so'm).
const ORDER_TOTAL = 675000
const REFUND = 250000
const NOTE = "Photo checked: the crack is real. Refund the repair cost."

type Buyer = Awaited<ReturnType<typeof registerCustomer>>

describe("disputes dashboard", () => {
  let variantId: string
  let count = 0

  beforeAll(async () => {
    const { data } = await store.storefront.get("/store/products", {
      params: { handle: "qozon", fields: "id,variants.id,variants.sku" },
    })
    variantId = data.products[0].variants.find(
      (v: { sku: string }) => v.sku === "QOZON-STANDART"
    ).id
  })

  const buyer = () =>
    registerCustomer(
      store.storefront,
      store.seed.publishableKey,
      `dashboard-disputer${++count}-${Date.now()}@example.uz`
    )

  /** Places an order with the system provider and captures its payment. */
  async function paidOrder(c: Buyer) {
    const { cartId } = await prepareCart(store.storefront, {
      publishableKey: store.seed.publishableKey,
      regionId: store.seed.regionUzId,
      variantId,
      email: c.customer.email,
      shippingOption: "Toshkent bo'ylab kuryer",
    })
    await store.storefront.post(
      `/store/carts/${cartId}/customer`,
      {},
      { headers: c.headers }
    )
    const { data } = await store.storefront.post(
      `/store/carts/${cartId}/complete`,
      {},
      { headers: c.headers }
    )
    expect(data.type).toBe("order")
    const order = data.order
    const paymentId = await orderPaymentId(order.id)
    await store.admin.post(`/admin/payments/${paymentId}/capture`, {})
    return { id: order.id as string, paymentId }
  }

  async function orderPaymentId(orderId: string) {
    const { data } = await store.admin.get(`/admin/orders/${orderId}`, {
      params: { fields: "id,payment_collections.payments.id" },
    })
    return data.order.payment_collections[0].payments[0].id as string
  }

  const openDispute = async (
    c: Buyer,
    orderId: string,
    body: Record<string, unknown>
  ) => {
    const { data } = await store.storefront.post(
      `/store/orders/${orderId}/disputes`,
      body,
      { headers: c.headers }
    )
    return data.dispute as { id: string; status: string }
  }

  it("resolves a dispute with a partial refund from the dispute page", async () => {
    const { page } = store
    const customer = await buyer()
    const order = await paidOrder(customer)
    const dispute = await openDispute(customer, order.id, {
      reason: "damaged",
      description: "The qozon arrived cracked.",
      requested_amount: 300000,
      evidence: ["https://cdn.example.uz/crack.jpg"],
    })
    await store.storefront.post(
      `/store/disputes/${dispute.id}/messages`,
      { body: "The crack runs along the bottom, photo attached." },
      { headers: customer.headers }
    )
    // A second dispute so the inbox shows more than one row.
    const other = await buyer()
    const otherOrder = await paidOrder(other)
    await openDispute(other, otherOrder.id, {
      reason: "not_received",
      description: "Nothing arrived after ten days.",
    })

    // The inbox, reached from the sidebar.
    await store.gotoApp("/orders")
    await page.locator('a[href="/app/disputes"]').first().click()
    await page.waitForURL((url) => url.pathname === "/app/disputes")
    const rows = page.getByTestId("dispute-row")
    await rows.nth(1).waitFor()
    expect(await rows.count()).toBe(2)
    const row = page.locator(`[data-dispute-id="${dispute.id}"]`)
    expect(await row.getByTestId("dispute-status").innerText()).toBe("Open")
    expect(await row.getByTestId("dispute-amount").innerText()).toContain(
      "675,000"
    )
    await store.screenshot("disputes-inbox")

    // The dispute page: start the review, add an internal note.
    await row.click()
    await page.waitForURL(`**/app/disputes/${dispute.id}`)
    await page.getByTestId("dispute-review").click()
    await page.getByTestId("dispute-resolve-refund").waitFor()
    await page.getByTestId("dispute-message-input").fill(NOTE)
    await page.getByTestId("dispute-add-note").click()
    const note = page.locator(
      '[data-testid="dispute-message"][data-visibility="internal"]'
    )
    await note.waitFor()
    expect(await note.innerText()).toContain(NOTE)
    expect(await note.innerText()).toContain("Internal note")
    const publicMessage = page.locator(
      '[data-testid="dispute-message"][data-visibility="public"]'
    )
    expect(await publicMessage.innerText()).toContain("Public")
    await page.waitForLoadState("networkidle")
    await store.screenshot("dispute-page")

    // Resolve with a partial refund: the drawer shows what is refundable and
    // refuses more than that.
    await page.getByTestId("dispute-resolve-refund").click()
    const drawer = page.getByTestId("dispute-refund-drawer")
    await drawer.waitFor()
    expect(
      await drawer.getByTestId("dispute-refundable").innerText()
    ).toContain("675,000")
    const amount = drawer.getByTestId("dispute-refund-amount")
    expect(await amount.getAttribute("max")).toBe(String(ORDER_TOTAL))
    await drawer
      .getByTestId("dispute-refund-note")
      .fill("Repair cost refunded.")
    await amount.fill(String(ORDER_TOTAL + 1))
    expect(
      await drawer.getByTestId("dispute-refund-confirm").isDisabled()
    ).toBe(true)
    await amount.fill(String(REFUND))
    await drawer.getByTestId("dispute-refund-confirm").click()
    await page.getByTestId("dispute-outcome").waitFor()
    expect(await page.getByTestId("dispute-refunded").innerText()).toContain(
      "250,000"
    )

    // The Admin API agrees: resolved, the refund made on the order's payment.
    const { data: after } = await store.admin.get(
      `/admin/disputes/${dispute.id}`
    )
    expect(after.dispute).toMatchObject({
      status: "resolved",
      decision: "refund",
      refunded_amount: REFUND,
      resolution_note: "Repair cost refunded.",
      refundable_amount: ORDER_TOTAL - REFUND,
    })
    const notes = after.dispute.messages.filter(
      (m: { visibility: string }) => m.visibility === "internal"
    )
    expect(notes).toEqual([
      expect.objectContaining({
        author_type: "merchant",
        visibility: "internal",
        body: NOTE,
      }),
    ])
    const { data: paid } = await store.admin.get(`/admin/orders/${order.id}`, {
      params: {
        fields:
          "id,payment_collections.refunded_amount,payment_collections.payments.id,payment_collections.payments.refunds.amount",
      },
    })
    const [collection] = paid.order.payment_collections
    expect(collection.refunded_amount).toBe(REFUND)
    expect(collection.payments).toEqual([
      expect.objectContaining({
        id: order.paymentId,
        refunds: [expect.objectContaining({ amount: REFUND })],
      }),
    ])
    // The customer never sees the internal note.
    const { data: seen } = await store.storefront.get(
      `/store/disputes/${dispute.id}`,
      { headers: customer.headers }
    )
    expect(
      seen.dispute.messages.map((m: { body: string }) => m.body)
    ).not.toContain(NOTE)

    // The order page lists the order's disputes with a link to each.
    await store.gotoApp(`/orders/${order.id}`)
    const widget = page.getByTestId("order-disputes-widget")
    const link = widget.getByTestId("order-dispute-link")
    await link.waitFor()
    expect(await link.getAttribute("href")).toBe(`/app/disputes/${dispute.id}`)
    expect(await link.getByTestId("dispute-status").innerText()).toBe(
      "Resolved"
    )
    await widget.scrollIntoViewIfNeeded()
    await store.screenshot("disputes-order-widget")
  })
})
