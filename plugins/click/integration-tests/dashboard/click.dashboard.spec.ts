import { useDashboardStore } from "../../../../integration-tests/helpers/dashboard"
import { prepareCart } from "../../../../integration-tests/helpers/checkout"
import {
  CLICK_ENV,
  completeRequest,
  type Fields,
  prepareRequest,
} from "../helpers/click"

jest.setTimeout(180 * 1000)

// The merchant opens an order paid through Click after a failed attempt and
// sees both attempts on the order page: Click's Prepare and Complete
// callbacks are made as Click makes them.
describe("click dashboard", () => {
  const store = useDashboardStore({ env: CLICK_ENV })

  const click = async (step: "prepare" | "complete", fields: Fields) => {
    const { data } = await store.storefront.post(
      `/hooks/click/${step}`,
      new URLSearchParams(fields).toString(),
      { headers: { "content-type": "application/x-www-form-urlencoded" } }
    )
    return data
  }

  it("shows the order's Click attempts: the cancelled one with its error and the confirmed one", async () => {
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
      providerId: "pp_click_click",
      shippingOption: "Toshkent bo'ylab kuryer",
    })
    const merchantTransId = paymentCollection.payment_sessions[0].id

    const failed = prepareRequest(merchantTransId)
    const failedPrep = await click("prepare", failed)
    expect(failedPrep.error).toBe(0)
    const cancelled = await click(
      "complete",
      completeRequest(failed, failedPrep.merchant_prepare_id, {
        error: "-5017",
        error_note: "Insufficient funds",
      })
    )
    expect(cancelled.error).toBe(-9)
    const paid = prepareRequest(merchantTransId)
    const paidPrep = await click("prepare", paid)
    expect(paidPrep.error).toBe(0)
    const confirmed = await click(
      "complete",
      completeRequest(paid, paidPrep.merchant_prepare_id)
    )
    expect(confirmed.error).toBe(0)

    const {
      data: { orders },
    } = await store.admin.get("/admin/orders", {
      params: { fields: "id,total" },
    })
    expect(orders).toHaveLength(1)
    const order = orders[0]
    expect(order.total).toBe(675000)
    const { data: log } = await store.admin.get("/admin/click/transactions", {
      params: { order_id: order.id },
    })
    expect(
      log.click_transactions.map((t: any) => [
        t.click_trans_id,
        t.status,
        t.amount,
      ])
    ).toEqual([
      [paid.click_trans_id, "confirmed", "675000"],
      [failed.click_trans_id, "cancelled", "675000"],
    ])

    await store.gotoApp(`/orders/${order.id}`)
    const widget = store.page.getByTestId("click-order-widget")
    await widget.waitFor()
    const rows = widget.getByTestId("click-transaction-row")
    expect(await rows.count()).toBe(2)
    const cells = async (index: number) => {
      const row = rows.nth(index)
      return [
        await row.getAttribute("data-click-trans-id"),
        (await row.getByTestId("click-transaction-status").innerText()).trim(),
        (await row.getByTestId("click-transaction-amount").innerText())
          .replace(/\s/g, " ")
          .trim(),
        (await row.getByTestId("click-transaction-error").innerText()).trim(),
      ]
    }
    expect(await cells(0)).toEqual([
      paid.click_trans_id,
      "Confirmed",
      "UZS 675,000",
      "—",
    ])
    expect(await cells(1)).toEqual([
      failed.click_trans_id,
      "Cancelled",
      "UZS 675,000",
      "-5017 · Insufficient funds",
    ])
    await widget.scrollIntoViewIfNeeded()
    await store.screenshot("click-order-widget")
  })
})
