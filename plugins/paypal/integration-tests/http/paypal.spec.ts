import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  ADMIN_PASSWORD,
  ordersOfCart as ordersOf,
  PAYPAL_ENV as ENV,
  paypal,
  seedPayPalStore,
  usCart as cartOf,
} from "../helpers/paypal-store"

jest.setTimeout(180 * 1000)

// PayPal Orders v2 from the storefront: order creation with the approval
// link, capture at cart completion, refunds, PayPal outages. Webhooks are in
// paypal-webhooks.spec.ts.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof seedPayPalStore>>

    beforeAll(async () => {
      store = await seedPayPalStore(getContainer())
    })

    beforeEach(() => {
      paypal.reset()
    })

    const pg = () =>
      getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const usCart = (providerId: string) => cartOf(api, store, providerId)
    const ordersOfCart = (cartId: string) => ordersOf(getContainer(), cartId)

    async function adminHeaders() {
      const { data } = await api.post("/auth/user/emailpass", {
        email: store.seed.adminEmail,
        password: ADMIN_PASSWORD,
      })
      return { authorization: `Bearer ${data.token}` }
    }

    describe("PayPal checkout", () => {
      it("creates a PayPal order with the approval link and completes checkout from the storefront", async () => {
        const { cartId, session, headers } = await usCart("pp_paypal_paypal")
        expect(session).toBeDefined()
        const value = Number(session.amount).toFixed(2)

        const [token, create] = paypal.requests
        expect(token).toMatchObject({
          method: "POST",
          path: "/v1/oauth2/token",
        })
        expect(create).toMatchObject({
          method: "POST",
          path: "/v2/checkout/orders",
          headers: {
            authorization: "Bearer A21AAFakeAccessToken",
            requestId: `${session.id}-create-${value}`,
          },
        })
        expect(create.body).toEqual({
          intent: "CAPTURE",
          purchase_units: [
            {
              reference_id: session.id,
              custom_id: session.id,
              invoice_id: session.id,
              amount: { currency_code: "USD", value },
            },
          ],
          payment_source: {
            paypal: {
              experience_context: {
                return_url: ENV.PAYPAL_RETURN_URL,
                cancel_url: ENV.PAYPAL_CANCEL_URL,
                user_action: "PAY_NOW",
              },
            },
          },
        })
        const orderId = session.data.paypal_order_id
        expect(paypal.orders.has(orderId)).toBe(true)
        expect(session.data).toMatchObject({
          session_id: session.id,
          approve_url: `https://www.sandbox.paypal.com/checkoutnow?token=${orderId}`,
          amount: value,
          currency_code: "usd",
          intent: "CAPTURE",
        })

        // Completing before the buyer approved fails and records nothing.
        const early = await api.post(
          `/store/carts/${cartId}/complete`,
          {},
          { headers, validateStatus: () => true }
        )
        expect(early.data.type).not.toBe("order")
        expect(await ordersOfCart(cartId)).toHaveLength(0)

        paypal.approve(orderId)
        const done = await api.post(
          `/store/carts/${cartId}/complete`,
          {},
          { headers }
        )
        expect(done.status).toBe(200)
        expect(done.data.type).toBe("order")

        const captures = paypal.requests.filter(
          (r) => r.path === `/v2/checkout/orders/${orderId}/capture`
        )
        expect(captures).toHaveLength(1)
        expect(captures[0].headers.requestId).toBe(`${session.id}-capture`)
        for (const m of paypal.mutations()) {
          if (m.path !== "/v1/oauth2/token") {
            expect(m.headers.requestId).toBeTruthy()
          }
        }

        const payments = await pg()("payment").where({
          payment_session_id: session.id,
        })
        expect(payments).toHaveLength(1)
        expect(payments[0].captured_at).not.toBeNull()
        expect(payments[0].data.capture_id).toBe(
          paypal.orders.get(orderId)!.purchase_units[0].payments.captures[0].id
        )
      })

      it("refunds partially with the amount, then the rest, each with a PayPal-Request-Id", async () => {
        const { cartId, session, headers } = await usCart("pp_paypal_paypal")
        paypal.approve(session.data.paypal_order_id)
        const done = await api.post(
          `/store/carts/${cartId}/complete`,
          {},
          { headers }
        )
        expect(done.data.type).toBe("order")
        const [payment] = await pg()("payment").where({
          payment_session_id: session.id,
        })
        const total = Number(session.amount)
        const admin = await adminHeaders()

        const partial = await api.post(
          `/admin/payments/${payment.id}/refund`,
          { amount: 2 },
          { headers: admin }
        )
        expect(partial.status).toBe(200)
        const rest = await api.post(
          `/admin/payments/${payment.id}/refund`,
          { amount: total - 2 },
          { headers: admin }
        )
        expect(rest.status).toBe(200)

        const refunds = paypal.requests.filter((r) =>
          r.path.endsWith("/refund")
        )
        expect(refunds).toHaveLength(2)
        expect(refunds[0].path).toBe(
          `/v2/payments/captures/${payment.data.capture_id}/refund`
        )
        expect(refunds[0].body).toEqual({
          amount: { currency_code: "USD", value: "2.00" },
        })
        expect(refunds[1].body).toEqual({
          amount: { currency_code: "USD", value: (total - 2).toFixed(2) },
        })
        expect(refunds[0].headers.requestId).toBeTruthy()
        expect(refunds[1].headers.requestId).toBeTruthy()
        expect(refunds[0].headers.requestId).not.toBe(
          refunds[1].headers.requestId
        )

        const rows = await pg()("refund").where({ payment_id: payment.id })
        expect(rows).toHaveLength(2)
        const [stored] = await pg()("payment").where({ id: payment.id })
        expect(stored.data.refunded_amount).toBe(total.toFixed(2))
        expect(stored.data.refund_ids).toHaveLength(2)
      })

      it("refunds the whole capture without an amount", async () => {
        const { cartId, session, headers } = await usCart("pp_paypal_paypal")
        paypal.approve(session.data.paypal_order_id)
        await api.post(`/store/carts/${cartId}/complete`, {}, { headers })
        const [payment] = await pg()("payment").where({
          payment_session_id: session.id,
        })
        const res = await api.post(
          `/admin/payments/${payment.id}/refund`,
          { amount: Number(session.amount) },
          { headers: await adminHeaders() }
        )
        expect(res.status).toBe(200)
        const [refund] = paypal.requests.filter((r) =>
          r.path.endsWith("/refund")
        )
        expect(refund.body).toEqual({})
        expect(
          await pg()("refund").where({ payment_id: payment.id })
        ).toHaveLength(1)
      })

      it("answers a clear error and records no session when PayPal is down", async () => {
        const prepared = await usCart("pp_system_default")
        paypal.down = true
        const res = await api.post(
          `/store/payment-collections/${prepared.paymentCollectionId}/payment-sessions`,
          { provider_id: "pp_paypal_paypal" },
          { headers: prepared.headers, validateStatus: () => true }
        )
        expect(res.status).toBeGreaterThanOrEqual(500)
        expect(res.data.message).toMatch(/PayPal is unreachable/)
        const sessions = await pg()("payment_session").where({
          payment_collection_id: prepared.paymentCollectionId,
          provider_id: "pp_paypal_paypal",
          deleted_at: null,
        })
        expect(sessions).toHaveLength(0)
      })
    })
  },
})
