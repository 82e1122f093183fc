import {
  captureOrderPayment,
  completeWithSystemPayment,
  customerCart,
  registerCustomer,
} from "../lib/customer"
import type { Scenario } from "../lib/scenario"
import { createProduct, createStorefront } from "../lib/store-setup"

// Disputes installed alone: a customer disputes a paid order, the merchant
// reviews it and resolves it with a refund through Medusa's payment module.

export const disputes: Scenario = {
  name: "disputes",
  packages: ["@bozor/medusa-disputes"],
  screen: async () => ({
    path: "/disputes",
    ready: '[data-testid="dispute-row"]',
  }),
  config: () => ({
    plugins: [
      {
        resolve: "@bozor/medusa-disputes",
        options: { windowDays: 30, slaHours: 48 },
      },
    ],
    modules: [],
  }),
  async flow({ http, admin, log }) {
    const front = await createStorefront(admin, {
      tag: "Disputes",
      currency: "uzs",
      paymentProviders: ["pp_system_default"],
    })
    const { variantId } = await createProduct(admin, {
      title: "Sopol lagan",
      currency: "uzs",
      amount: 300000,
      salesChannelId: front.salesChannelId,
    })
    const customer = await registerCustomer(http, front, "disputes")
    const order = await completeWithSystemPayment(
      http,
      customer,
      (await customerCart(http, front, customer, variantId)).id
    )
    const paymentId = await captureOrderPayment(admin, order.id)

    const opened = await http.request(
      "POST",
      `/store/orders/${order.id}/disputes`,
      {
        headers: customer.headers,
        body: {
          reason: "damaged",
          description: "Lagan singan holda keldi.",
          requested_amount: 100000,
        },
      }
    )
    expect(opened.status).toBe(201)
    const disputeId = opened.data.dispute.id
    expect(opened.data.dispute).toMatchObject({
      status: "open",
      order_id: order.id,
    })

    await admin.ok("POST", `/admin/disputes/${disputeId}/review`, { body: {} })
    const { dispute } = await admin.ok(
      "POST",
      `/admin/disputes/${disputeId}/resolve`,
      {
        body: { decision: "refund", note: "Uzr, pulni qaytaramiz." },
      }
    )
    expect(dispute.status).toBe("resolved")

    const { payment } = await admin.ok(
      "GET",
      `/admin/payments/${paymentId}?fields=id,*refunds`
    )
    expect(payment.refunds).toEqual([
      expect.objectContaining({ amount: 100000 }),
    ])
    const mine = await http.ok("GET", `/store/disputes/${disputeId}`, {
      headers: customer.headers,
    })
    expect(mine.dispute.status).toBe("resolved")
    log(
      `dispute ${disputeId} resolved with a 100 000 UZS refund of ${paymentId}`
    )
  },
}
