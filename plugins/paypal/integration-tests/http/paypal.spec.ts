import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  seedDemoStore,
  SeedResult,
} from "../../src/scripts/seed/seed-demo-store"
import { prepareCart } from "../helpers/checkout"
import { createPayPalFake } from "../fakes/paypal"
import { createStripeFake, signStripeWebhook } from "../fakes/stripe"
import { forwardToFake } from "../helpers/forward-to-fake"
import { PayPalEvents } from "../../src/modules/providers/paypal/events"

jest.setTimeout(180 * 1000)

// Issue #10. Provider env is set before the runner loads medusa-config.ts.
// The SDKs keep their real hosts; nock answers those hosts with the local
// fakes (issue #14: no test-only URL options in the providers).
const PAYPAL_CLIENT_ID = "AbozorSandboxClientId"
const PAYPAL_CLIENT_SECRET = "EbozorSandboxSecret"
const PAYPAL_WEBHOOK_ID = "8PT597110X687430LKGECATA"
const STRIPE_API_KEY = "sk_test_bozor_fake"
const STRIPE_WEBHOOK_SECRET = "whsec_bozor_fake_secret"
const ENV: Record<string, string> = {
  PAYPAL_CLIENT_ID,
  PAYPAL_CLIENT_SECRET,
  PAYPAL_WEBHOOK_ID,
  PAYPAL_ENVIRONMENT: "sandbox",
  PAYPAL_RETURN_URL: "https://shop.example.com/checkout/paypal-return",
  PAYPAL_CANCEL_URL: "https://shop.example.com/checkout/paypal-cancel",
  STRIPE_API_KEY,
  STRIPE_WEBHOOK_SECRET,
}
const savedEnv: Record<string, string | undefined> = {}
for (const key of Object.keys(ENV)) {
  savedEnv[key] = process.env[key]
}
Object.assign(process.env, ENV)

const paypal = createPayPalFake({
  clientId: PAYPAL_CLIENT_ID,
  clientSecret: PAYPAL_CLIENT_SECRET,
  webhookId: PAYPAL_WEBHOOK_ID,
})
const stripe = createStripeFake({ apiKey: STRIPE_API_KEY })

const unforward: (() => void)[] = []

beforeAll(async () => {
  await paypal.listen()
  await stripe.listen()
  unforward.push(
    forwardToFake("https://api-m.sandbox.paypal.com", () => paypal.url),
    forwardToFake("https://api.stripe.com", () => stripe.url)
  )
})

afterAll(async () => {
  unforward.forEach((undo) => undo())
  await paypal.close()
  await stripe.close()
  for (const [key, value] of Object.entries(savedEnv)) {
    if (value === undefined) {
      delete process.env[key]
    } else {
      process.env[key] = value
    }
  }
})

const ADMIN_PASSWORD = "stripe-paypal-admin-pass"
const US_ADDRESS = {
  first_name: "Jane",
  last_name: "Doe",
  address_1: "350 Fifth Avenue",
  city: "New York",
  province: "ny",
  country_code: "us",
  postal_code: "10118",
  phone: "+12125550100",
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let variantId: string
    const emitted: { name: string; data: any }[] = []

    beforeAll(async () => {
      getContainer()
        .resolve(Modules.EVENT_BUS)
        .subscribe(PayPalEvents.CHECKOUT_COMPLETED, async (event: any) => {
          emitted.push({ name: event.name, data: event.data })
        })
      seed = await seedDemoStore(getContainer(), {
        adminPassword: ADMIN_PASSWORD,
      })
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [variant],
      } = await query.graph({
        entity: "product_variant",
        fields: ["id"],
        filters: { sku: "QURUT-STANDART" },
      })
      variantId = variant.id
    })

    beforeEach(() => {
      emitted.length = 0
      paypal.reset()
      stripe.reset()
    })

    const pg = () =>
      getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)

    async function usCart(providerId: string) {
      const prepared = await prepareCart(api, {
        publishableKey: seed.publishableKey,
        regionId: seed.regionIntlId,
        variantId,
        address: US_ADDRESS,
        email: "buyer@example.com",
        providerId,
      })
      const session = prepared.paymentCollection.payment_sessions.find(
        (s: { provider_id: string }) => s.provider_id === providerId
      )
      return { ...prepared, session }
    }

    async function ordersOfCart(cartId: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order_cart",
        fields: ["order_id"],
        filters: { cart_id: cartId },
      })
      return data
    }

    async function adminHeaders() {
      const { data } = await api.post("/auth/user/emailpass", {
        email: seed.adminEmail,
        password: ADMIN_PASSWORD,
      })
      return { authorization: `Bearer ${data.token}` }
    }

    const paypalWebhookHeaders = {
      "content-type": "application/json",
      "paypal-auth-algo": "SHA256withRSA",
      "paypal-cert-url":
        "https://api.sandbox.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-1d93a270",
      "paypal-transmission-id": "69cd13f0-d67a-11e5-baa3-778b53f4ae55",
      "paypal-transmission-sig":
        "lmI95Jx3Y9nhR5SJWlHVIWpg4AgFk7n9bCHSRxbrd8A9zrhdu2rMyFrmz+Zjh3s3boXB07VXCXUZy/UFzUlnGJn0wDugt7FlSvdKeIJenLRemUxYCPVoEZzg9VFNqOa48gMkvF+XTpxBeUx/kWy6B5cp7GkT2+pOowfRK7OaynuxUoKW3JcMWw272VKjLTtTAShncla7tGF+55rxyt2KNZIIqxNMJ48RDZheGU5w1npu9dZHnPgTXB9iomeVRoD8O/jhRpnKsGrDschyNdkeh81BJJMH4Ctc6lnCCquoP/GzCzz33MMsNdid7vL/NIWaCsekQpW26FpWPi/tfj8nLA==",
      "paypal-transmission-time": "2026-11-23T10:00:00Z",
    }

    function captureCompletedEvent(
      capture: any,
      eventId = "WH-2WR32451HC0233532-67976317FL4543714"
    ) {
      return {
        id: eventId,
        event_version: "1.0",
        create_time: new Date().toISOString(),
        resource_type: "capture",
        resource_version: "2.0",
        event_type: "PAYMENT.CAPTURE.COMPLETED",
        summary: "Payment completed for $ " + capture.amount.value + " USD",
        resource: capture,
        links: [],
      }
    }

    const postPayPalHook = (event: unknown) =>
      api.post("/hooks/paypal", JSON.stringify(event), {
        headers: paypalWebhookHeaders,
        validateStatus: () => true,
      })

    describe("PayPal", () => {
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

      it("completes the cart on a verified PAYMENT.CAPTURE.COMPLETED without the storefront; a repeated webhook changes nothing", async () => {
        const { cartId, session } = await usCart("pp_paypal_paypal")
        const orderId = session.data.paypal_order_id
        paypal.approve(orderId)
        const capture = paypal.captureElsewhere(orderId)
        const event = captureCompletedEvent(capture)

        const first = await postPayPalHook(event)
        expect(first.status).toBe(200)
        expect(first.data).toMatchObject({ received: true, handled: true })
        const orders = await ordersOfCart(cartId)
        expect(orders).toHaveLength(1)
        expect(first.data.order_id).toBe(orders[0].order_id)
        await sleep(200) // local event bus delivers on the next ticks
        expect(emitted).toEqual([
          {
            name: PayPalEvents.CHECKOUT_COMPLETED,
            data: {
              order_id: orders[0].order_id,
              cart_id: cartId,
              payment_session_id: session.id,
              paypal_order_id: orderId,
              event_id: event.id,
            },
          },
        ])

        const verify = paypal.requests.filter(
          (r) => r.path === "/v1/notifications/verify-webhook-signature"
        )
        expect(verify).toHaveLength(1)
        expect(verify[0].body).toEqual({
          auth_algo: paypalWebhookHeaders["paypal-auth-algo"],
          cert_url: paypalWebhookHeaders["paypal-cert-url"],
          transmission_id: paypalWebhookHeaders["paypal-transmission-id"],
          transmission_sig: paypalWebhookHeaders["paypal-transmission-sig"],
          transmission_time: paypalWebhookHeaders["paypal-transmission-time"],
          webhook_id: PAYPAL_WEBHOOK_ID,
          webhook_event: event,
        })

        const second = await postPayPalHook(event)
        expect(second.status).toBe(200)
        expect(second.data.order_id).toBe(orders[0].order_id)
        await sleep(200)
        expect(emitted).toHaveLength(1)
        expect(await ordersOfCart(cartId)).toHaveLength(1)
        const payments = await pg()("payment").where({
          payment_session_id: session.id,
        })
        expect(payments).toHaveLength(1)
        expect(payments[0].data.capture_id).toBe(capture.id)
        const captureRows = await pg()("capture").where({
          payment_id: payments[0].id,
        })
        expect(captureRows).toHaveLength(1)
        // Already captured on PayPal: Medusa never asked PayPal to capture.
        expect(
          paypal.requests.filter((r) => r.path.endsWith("/capture"))
        ).toHaveLength(0)
      })

      it("creates one order when PayPal delivers the same webhook twice in parallel", async () => {
        const { cartId, session } = await usCart("pp_paypal_paypal")
        const orderId = session.data.paypal_order_id
        paypal.approve(orderId)
        const event = captureCompletedEvent(
          paypal.captureElsewhere(orderId),
          "WH-PARALLEL-1"
        )

        const answers = await Promise.all([
          postPayPalHook(event),
          postPayPalHook(event),
        ])
        expect(answers.map((a) => a.status)).toEqual([200, 200])
        const orders = await ordersOfCart(cartId)
        expect(orders).toHaveLength(1)
        expect(answers.map((a) => a.data.order_id)).toEqual([
          orders[0].order_id,
          orders[0].order_id,
        ])
        const payments = await pg()("payment").where({
          payment_session_id: session.id,
        })
        expect(payments).toHaveLength(1)
        expect(
          await pg()("capture").where({ payment_id: payments[0].id })
        ).toHaveLength(1)
      })

      it("changes nothing when PayPal's verification fails", async () => {
        const { cartId, session } = await usCart("pp_paypal_paypal")
        const orderId = session.data.paypal_order_id
        paypal.approve(orderId)
        const capture = paypal.captureElsewhere(orderId)
        paypal.verification = "FAILURE"

        const res = await postPayPalHook(captureCompletedEvent(capture))
        expect(res.status).toBe(401)
        expect(res.data.message).toMatch(/failed signature verification/)
        expect(await ordersOfCart(cartId)).toHaveLength(0)
        const [cart] = await pg()("cart").where({ id: cartId })
        expect(cart.completed_at).toBeNull()
        expect(
          await pg()("payment").where({ payment_session_id: session.id })
        ).toHaveLength(0)

        const bad = await api.post("/hooks/paypal", "{not json", {
          headers: paypalWebhookHeaders,
          validateStatus: () => true,
        })
        expect(bad.status).toBe(400)
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

    describe("Stripe (Medusa's provider)", () => {
      const stripeEvent = (pi: any, type = "payment_intent.succeeded") => ({
        id: `evt_${pi.id}`,
        object: "event",
        api_version: "2024-04-10",
        created: Math.floor(Date.now() / 1000),
        type,
        livemode: false,
        pending_webhooks: 1,
        request: { id: null, idempotency_key: null },
        data: { object: pi },
      })

      it("completes the order from a signed payment_intent.succeeded webhook without the storefront", async () => {
        const { cartId, session } = await usCart("pp_stripe_stripe")
        const [create] = stripe.requests
        expect(create).toMatchObject({
          method: "POST",
          path: "/v1/payment_intents",
          idempotencyKey: session.id,
        })
        expect(create.params).toMatchObject({
          amount: String(Math.round(Number(session.amount) * 100)),
          currency: "usd",
          "metadata[session_id]": session.id,
        })

        const pi = stripe.succeed(session.data.id)
        const { payload, header } = signStripeWebhook(
          stripeEvent(pi),
          STRIPE_WEBHOOK_SECRET
        )
        const res = await api.post("/hooks/payment/stripe_stripe", payload, {
          headers: {
            "content-type": "application/json",
            "stripe-signature": header,
          },
        })
        expect(res.status).toBe(200)

        // Medusa processes webhooks after its webhook_delay (5 s by default).
        let orders: unknown[] = []
        for (let i = 0; i < 60 && orders.length === 0; i++) {
          await sleep(500)
          orders = await ordersOfCart(cartId)
        }
        expect(orders).toHaveLength(1)
        const [cart] = await pg()("cart").where({ id: cartId })
        expect(cart.completed_at).not.toBeNull()
        const payments = await pg()("payment").where({
          payment_session_id: session.id,
        })
        expect(payments).toHaveLength(1)
        expect(payments[0].captured_at).not.toBeNull()
      })

      it("rejects a webhook with a wrong signature", async () => {
        const { cartId, session } = await usCart("pp_stripe_stripe")
        const pi = stripe.succeed(session.data.id)
        const { payload, header } = signStripeWebhook(
          stripeEvent(pi),
          "whsec_not_the_secret"
        )
        const payment = getContainer().resolve(Modules.PAYMENT)
        await expect(
          payment.getWebhookActionAndData({
            provider: "stripe_stripe",
            payload: {
              data: JSON.parse(payload),
              rawData: Buffer.from(payload),
              headers: { "stripe-signature": header },
            },
          })
        ).rejects.toThrow(/signature/i)

        const res = await api.post("/hooks/payment/stripe_stripe", payload, {
          headers: {
            "content-type": "application/json",
            "stripe-signature": header,
          },
        })
        // Medusa acknowledges at once and verifies when it processes.
        expect(res.status).toBe(200)
        await sleep(8000)
        expect(await ordersOfCart(cartId)).toHaveLength(0)
        const [cart] = await pg()("cart").where({ id: cartId })
        expect(cart.completed_at).toBeNull()
        expect(
          await pg()("payment").where({ payment_session_id: session.id })
        ).toHaveLength(0)
      })
    })
  },
})
