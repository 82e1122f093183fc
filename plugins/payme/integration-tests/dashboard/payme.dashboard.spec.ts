import { useDashboardStore } from "../../../../integration-tests/helpers/dashboard"
import { prepareCart } from "../../../../integration-tests/helpers/checkout"
import {
  AUTH,
  ENV,
  paymeId,
  PROVIDER,
  QOZON_TOTAL_TIYIN,
} from "../helpers/payme"

jest.setTimeout(180 * 1000)

// The merchant opens an order paid through Payme and sees its transaction
// log on the order page: Payme's callbacks (CreateTransaction →
// PerformTransaction) pay the cart, as Payme would.
describe("payme dashboard", () => {
  const store = useDashboardStore({ env: ENV })
  let rpcId = 0

  const rpc = async (method: string, params: Record<string, unknown>) => {
    const { data } = await store.storefront.post(
      "/hooks/payme",
      { jsonrpc: "2.0", id: ++rpcId, method, params },
      { headers: { authorization: AUTH } }
    )
    return data
  }

  it("shows the Payme transaction of a paid order: state and amount in so'm", async () => {
    const { data: products } = await store.admin.get("/admin/products", {
      params: { handle: "qozon", fields: "id,variants.id,variants.sku" },
    })
    const variantId = products.products[0].variants.find(
      (v: { sku: string }) => v.sku === "QOZON-STANDART"
    ).id
    const { paymentCollection } = await prepareCart(store.storefront, {
      publishableKey: store.seed.publishableKey,
      regionId: store.seed.regionUzId,
      variantId,
      providerId: PROVIDER,
      shippingOption: "Toshkent bo'ylab kuryer",
    })
    const account = { order_id: paymentCollection.payment_sessions[0].id }
    const id = paymeId()
    const created = await rpc("CreateTransaction", {
      id,
      time: Date.now(),
      amount: QOZON_TOTAL_TIYIN,
      account,
    })
    expect(created.result.state).toBe(1)
    const performed = await rpc("PerformTransaction", { id })
    expect(performed.result.state).toBe(2)

    const {
      data: { orders },
    } = await store.admin.get("/admin/orders", {
      params: { fields: "id,total,currency_code" },
    })
    expect(orders).toHaveLength(1)
    const order = orders[0]
    expect(order.total).toBe(675000)
    const { data: log } = await store.admin.get("/admin/payme/transactions", {
      params: { order_id: order.id },
    })
    expect(
      log.payme_transactions.map((t: any) => [t.payme_id, t.state, t.amount])
    ).toEqual([[id, 2, "675000"]])

    await store.gotoApp(`/orders/${order.id}`)
    const widget = store.page.getByTestId("payme-order-widget")
    const rows = widget.getByTestId("payme-transaction-row")
    // The widget shows a loading line first; the rows come with the log.
    await rows.first().waitFor()
    expect(await rows.count()).toBe(1)
    expect(await rows.first().getAttribute("data-payme-id")).toBe(id)
    const state = rows.first().getByTestId("payme-transaction-state")
    expect(await state.getAttribute("data-state")).toBe("2")
    expect((await state.innerText()).trim()).toBe("Performed")
    expect(
      (
        await rows.first().getByTestId("payme-transaction-amount").innerText()
      ).replace(/\s/g, " ")
    ).toBe("UZS 675,000")
    expect(
      (
        await rows.first().getByTestId("payme-transaction-reason").innerText()
      ).trim()
    ).toBe("—")
    await widget.scrollIntoViewIfNeeded()
    await store.screenshot("payme-order-widget")
  })
})
