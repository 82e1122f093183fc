import { createHash } from "node:crypto"
import { orderPageWithLog, type Scenario } from "../lib/scenario"
import {
  cartWithPaymentSession,
  createProduct,
  createStorefront,
} from "../lib/store-setup"

// Click installed alone: the plugin (transactions, /hooks/click/*) and its
// payment provider; Click's Prepare then Complete for a cart makes an order.

const OPTIONS = {
  service_id: "30001",
  merchant_id: "20001",
  merchant_user_id: "40001",
  secret_key: "install-test-click-secret",
  return_url: "https://shop.example.uz/checkout/click-return",
  test_mode: true,
}
const PROVIDER_ID = "pp_click_click"

// Click's SHOP API signatures, computed here from Click's specification.
const md5 = (s: string) => createHash("md5").update(s).digest("hex")
const sign = (f: Record<string, string>) =>
  md5(
    f.click_trans_id +
      f.service_id +
      OPTIONS.secret_key +
      f.merchant_trans_id +
      (f.merchant_prepare_id ?? "") +
      f.amount +
      f.action +
      f.sign_time
  )

export const click: Scenario = {
  name: "click",
  packages: ["@bozor/medusa-click"],
  screen: async (ctx) => ({
    path: await orderPageWithLog(
      ctx,
      "/admin/click/transactions",
      "click_transactions"
    ),
    ready: '[data-testid="click-transaction-row"]',
  }),
  config: () => ({
    plugins: [{ resolve: "@bozor/medusa-click", options: OPTIONS }],
    modules: [
      {
        resolve: "@medusajs/medusa/payment",
        options: {
          providers: [
            {
              resolve: "@bozor/medusa-click/providers/click",
              id: "click",
              options: OPTIONS,
            },
          ],
        },
      },
    ],
  }),
  async flow({ http, admin, log }) {
    const front = await createStorefront(admin, {
      tag: "Click",
      currency: "uzs",
      paymentProviders: [PROVIDER_ID],
    })
    const { variantId } = await createProduct(admin, {
      title: "Cho'yan qozon",
      currency: "uzs",
      amount: 650000,
      salesChannelId: front.salesChannelId,
    })
    const cart = await cartWithPaymentSession(http, front, {
      variantId,
      providerId: PROVIDER_ID,
    })
    expect(cart.session.data.checkout_url).toContain(
      `transaction_param=${cart.session.id}`
    )

    // What Click posts: form fields, signed with the shared secret.
    const post = async (path: string, fields: Record<string, string>) => {
      const res = await http.request("POST", path, {
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          ...fields,
          sign_string: sign(fields),
        }).toString(),
      })
      expect(res.status).toBe(200)
      return res.data
    }
    const prepare: Record<string, string> = {
      click_trans_id: String(2090000000 + (Date.now() % 1000000)),
      service_id: OPTIONS.service_id,
      click_paydoc_id: String(3090000000 + (Date.now() % 1000000)),
      merchant_trans_id: cart.session.id,
      amount: "650000.00",
      action: "0",
      error: "0",
      error_note: "Success",
      sign_time: "2026-11-23 12:00:00",
    }
    const prepared = await post("/hooks/click/prepare", prepare)
    expect(prepared).toMatchObject({ error: 0 })
    expect(prepared.merchant_prepare_id).toEqual(expect.any(Number))

    const completed = await post("/hooks/click/complete", {
      ...prepare,
      merchant_prepare_id: String(prepared.merchant_prepare_id),
      action: "1",
      sign_time: "2026-11-23 12:01:00",
    })
    expect(completed).toMatchObject({
      error: 0,
      merchant_confirm_id: prepared.merchant_prepare_id,
    })

    const { orders } = await admin.ok(
      "GET",
      "/admin/orders?fields=id,total,currency_code,payment_status,*items"
    )
    const order = orders.find((o: { items: { variant_id: string }[] }) =>
      o.items.some((item) => item.variant_id === variantId)
    )
    expect(order).toMatchObject({
      currency_code: "uzs",
      total: 650000,
      payment_status: "captured",
    })
    log(
      `Click: order ${order.id} (${order.total} UZS, ${order.payment_status})`
    )
  },
}
