import { orderPageWithLog, type Scenario } from "../lib/scenario"
import {
  cartWithPaymentSession,
  createProduct,
  createStorefront,
} from "../lib/store-setup"

// Payme installed alone: the merchant registers the plugin (transactions,
// /hooks/payme) and its payment provider; Payme then checks, creates and
// performs a transaction for a cart, which becomes an order.

const OPTIONS = {
  merchantId: "5e730e8e0b852a417aa49ceb",
  secretKey: "install-test-key-Zp8&qU2#",
  testMode: true,
  accountField: "order_id",
}
const PROVIDER_ID = "pp_payme_payme"

export const payme: Scenario = {
  name: "payme",
  packages: ["@bozor/medusa-payme"],
  screen: async (ctx) => ({
    path: await orderPageWithLog(
      ctx,
      "/admin/payme/transactions",
      "payme_transactions"
    ),
    ready: '[data-testid="payme-transaction-row"]',
  }),
  config: () => ({
    plugins: [{ resolve: "@bozor/medusa-payme", options: OPTIONS }],
    modules: [
      {
        resolve: "@medusajs/medusa/payment",
        options: {
          providers: [
            {
              resolve: "@bozor/medusa-payme/providers/payme",
              id: "payme",
              options: { ...OPTIONS, language: "uz" },
            },
          ],
        },
      },
    ],
  }),
  async flow({ http, admin, log }) {
    const front = await createStorefront(admin, {
      tag: "Payme",
      currency: "uzs",
      countries: ["uz"],
      paymentProviders: [PROVIDER_ID],
    })
    const { variantId } = await createProduct(admin, {
      title: "Atlas ko'ylak",
      currency: "uzs",
      amount: 150000,
      salesChannelId: front.salesChannelId,
      metadata: { mxik: "06109001001000000" },
    })
    const cart = await cartWithPaymentSession(http, front, {
      variantId,
      quantity: 2,
      providerId: PROVIDER_ID,
    })
    expect(cart.session.data.checkout_url).toMatch(
      /^https:\/\/test\.paycom\.uz\//
    )
    const amount = 2 * 150000 * 100 // tiyin
    const account = { order_id: cart.session.id }

    let rpcId = 0
    const auth = `Basic ${Buffer.from(`Paycom:${OPTIONS.secretKey}`).toString("base64")}`
    const rpc = async (method: string, params: Record<string, unknown>) => {
      const id = ++rpcId
      const res = await http.request("POST", "/hooks/payme", {
        headers: { authorization: auth },
        body: { jsonrpc: "2.0", id, method, params },
      })
      expect(res.status).toBe(200)
      expect(res.data).toMatchObject({ id })
      if (res.data.error) {
        throw new Error(`${method}: ${JSON.stringify(res.data.error)}`)
      }
      return res.data.result
    }

    // Wrong credentials are refused before anything else.
    const refused = await http.request("POST", "/hooks/payme", {
      headers: {
        authorization: `Basic ${Buffer.from("Paycom:wrong").toString("base64")}`,
      },
      body: {
        jsonrpc: "2.0",
        id: 0,
        method: "CheckPerformTransaction",
        params: { amount, account },
      },
    })
    expect(refused.data.error.code).toBe(-32504)

    const check = await rpc("CheckPerformTransaction", { amount, account })
    expect(check.allow).toBe(true)
    expect(check.detail.items).toEqual([
      expect.objectContaining({
        title: "Atlas ko'ylak (One size)",
        count: 2,
        price: 150000 * 100,
        code: "06109001001000000",
      }),
    ])
    const paymeId = Date.now().toString(16).padStart(24, "a").slice(-24)
    const created = await rpc("CreateTransaction", {
      id: paymeId,
      time: Date.now(),
      amount,
      account,
    })
    expect(created.state).toBe(1)
    const performed = await rpc("PerformTransaction", { id: paymeId })
    expect(performed).toMatchObject({
      transaction: created.transaction,
      state: 2,
    })
    log(`Payme transaction ${created.transaction} performed`)

    const { orders } = await admin.ok(
      "GET",
      "/admin/orders?fields=id,total,currency_code,payment_status,*items"
    )
    // The order of this cart (the all-plugins run has other orders too).
    const order = orders.find((o: { items: { variant_id: string }[] }) =>
      o.items.some((item) => item.variant_id === variantId)
    )
    expect(order).toMatchObject({
      currency_code: "uzs",
      total: 300000,
      payment_status: "captured",
      items: [expect.objectContaining({ quantity: 2, variant_id: variantId })],
    })
    const { result: again } = (
      await http.request("POST", "/hooks/payme", {
        headers: { authorization: auth },
        body: {
          jsonrpc: "2.0",
          id: 99,
          method: "CheckTransaction",
          params: { id: paymeId },
        },
      })
    ).data
    expect(again).toMatchObject({
      state: 2,
      perform_time: performed.perform_time,
    })
    log(`order ${order.id} (${order.total} UZS, ${order.payment_status})`)
  },
}
