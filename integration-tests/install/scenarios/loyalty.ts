import {
  captureOrderPayment,
  completeWithSystemPayment,
  customerCart,
  registerCustomer,
  waitFor,
} from "../lib/customer"
import type { Scenario } from "../lib/scenario"
import { createProduct, createStorefront } from "../lib/store-setup"

// Loyalty installed alone: a captured payment earns points (1 per 1 000 so'm),
// the customer spends them on the next cart (100 so'm a point, at most half of
// the item total) and the order carries the credit.

export const loyalty: Scenario = {
  name: "loyalty",
  packages: ["@bozor/medusa-loyalty"],
  screen: async () => ({
    path: "/settings/loyalty",
    ready: '[data-testid="loyalty-settings-form"]',
  }),
  config: () => ({
    plugins: [
      {
        resolve: "@bozor/medusa-loyalty",
        options: {
          earnRates: { uzs: { points: 1, per: 1000 } },
          pointValues: { uzs: 100 },
          maxRedeemShare: 0.5,
        },
      },
    ],
    modules: [],
  }),
  async flow({ http, admin, log }) {
    const front = await createStorefront(admin, {
      tag: "Loyalty",
      currency: "uzs",
      paymentProviders: ["pp_system_default"],
    })
    const { variantId } = await createProduct(admin, {
      title: "Choynak",
      currency: "uzs",
      amount: 200000,
      salesChannelId: front.salesChannelId,
    })
    const customer = await registerCustomer(http, front, "loyalty")
    const balance = async () =>
      (
        await http.ok("GET", "/store/customers/me/loyalty", {
          headers: customer.headers,
        })
      ).loyalty.balance as number

    // Earn: 200 000 so'm captured → 200 points (bronze, ×1).
    const first = await completeWithSystemPayment(
      http,
      customer,
      (await customerCart(http, front, customer, variantId)).id
    )
    await captureOrderPayment(admin, first.id)
    expect(await waitFor(balance, (b) => b === 200, "points earned")).toBe(200)

    // Redeem 150 points = 15 000 so'm on the next cart.
    const cart = await customerCart(http, front, customer, variantId)
    const applied = await http.ok("POST", `/store/carts/${cart.id}/loyalty`, {
      headers: customer.headers,
      body: { points: 150 },
    })
    expect(applied.loyalty).toMatchObject({ points: 150, amount: 15000 })
    expect(applied.cart.total).toBe(185000)
    const second = await completeWithSystemPayment(http, customer, cart.id)
    expect(second.total).toBe(185000)
    expect(await balance()).toBe(50)
    log(`loyalty: earned 200, redeemed 150 on order ${second.id}`)
  },
}
