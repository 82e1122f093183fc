import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  ContainerRegistrationKeys,
  Modules,
  PaymentActions,
} from "@medusajs/framework/utils"
import { processPaymentWorkflowId } from "@medusajs/medusa/core-flows"
import {
  ordersOfCart as ordersOf,
  PAYPAL_WEBHOOK_ID,
  paypal,
  seedPayPalStore,
  sleep,
  usCart as cartOf,
  waitFor,
} from "../helpers/paypal-store"

jest.setTimeout(180 * 1000)

// PayPal webhooks arrive on Medusa's own /hooks/payment/paypal_paypal: the
// route answers 200 at once and Medusa's subscriber, after its webhook delay
// (5 s), asks the provider's getWebhookActionAndData (PayPal's signature check)
// and runs processPaymentWorkflow, which completes the cart.
const HOOK = "/hooks/payment/paypal_paypal"

const webhookHeaders = {
  "content-type": "application/json",
  "paypal-auth-algo": "SHA256withRSA",
  "paypal-cert-url":
    "https://api.sandbox.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-1d93a270",
  "paypal-transmission-id": "69cd13f0-d67a-11e5-baa3-778b53f4ae55",
  "paypal-transmission-sig":
    "lmI95Jx3Y9nhR5SJWlHVIWpg4AgFk7n9bCHSRxbrd8A9zrhdu2rMyFrmz+Zjh3s3boXB07VXCXUZy/UFzUlnGJn0wDugt7FlSvdKeIJenLRemUxYCPVoEZzg9VFNqOa48gMkvF+XTpxBeUx/kWy6B5cp7GkT2+pOowfRK7OaynuxUoKW3JcMWw272VKjLTtTAShncla7tGF+55rxyt2KNZIIqxNMJ48RDZheGU5w1npu9dZHnPgTXB9iomeVRoD8O/jhRpnKsGrDschyNdkeh81BJJMH4Ctc6lnCCquoP/GzCzz33MMsNdid7vL/NIWaCsekQpW26FpWPi/tfj8nLA==",
  "paypal-transmission-time": "2026-11-23T10:00:00Z",
}

function webhookEvent(
  eventType: string,
  resourceType: string,
  resource: any,
  id = "WH-2WR32451HC0233532-67976317FL4543714"
) {
  return {
    id,
    event_version: "1.0",
    create_time: new Date().toISOString(),
    resource_type: resourceType,
    resource_version: "2.0",
    event_type: eventType,
    summary: `${eventType} ${resource.id}`,
    resource,
    links: [],
  }
}

const captureCompleted = (capture: any, id?: string) =>
  webhookEvent("PAYMENT.CAPTURE.COMPLETED", "capture", capture, id)

const verifyRequests = () =>
  paypal.requests.filter(
    (r) => r.path === "/v1/notifications/verify-webhook-signature"
  )

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof seedPayPalStore>>
    // Runs of Medusa's processPaymentWorkflow that have finished.
    const processed: { errors?: unknown[] }[] = []

    beforeAll(async () => {
      store = await seedPayPalStore(getContainer())
      await getContainer()
        .resolve(Modules.WORKFLOW_ENGINE)
        .subscribe({
          workflowId: processPaymentWorkflowId,
          subscriber: (event: { eventType: string; errors?: unknown[] }) => {
            if (event.eventType === "onFinish") {
              processed.push({ errors: event.errors })
            }
          },
        })
    })

    beforeEach(() => {
      paypal.reset()
      processed.length = 0
    })

    const pg = () =>
      getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const usCart = () => cartOf(api, store)
    const ordersOfCart = (cartId: string) => ordersOf(getContainer(), cartId)

    const postWebhook = (event: unknown) =>
      api.post(HOOK, JSON.stringify(event), {
        headers: webhookHeaders,
        validateStatus: () => true,
      })

    /** Waits for `n` finished processPaymentWorkflow runs. */
    const processedRuns = (n: number) =>
      waitFor(
        () => processed.length,
        (count) => count >= n
      )

    async function paymentRows(sessionId: string) {
      const payments = await pg()("payment").where({
        payment_session_id: sessionId,
      })
      const captures = payments.length
        ? await pg()("capture").whereIn(
            "payment_id",
            payments.map((p: { id: string }) => p.id)
          )
        : []
      return { payments, captures }
    }

    it("completes the cart once on a verified PAYMENT.CAPTURE.COMPLETED, even when PayPal delivers it twice", async () => {
      const { cartId, session } = await usCart()
      const orderId = session.data.paypal_order_id
      paypal.approve(orderId)
      const capture = paypal.captureElsewhere(orderId)
      const event = captureCompleted(capture)

      const first = await postWebhook(event)
      expect(first.status).toBe(200)
      expect(await processedRuns(1)).toBe(1)
      expect(processed[0].errors ?? []).toEqual([])

      const orders = await ordersOfCart(cartId)
      expect(orders).toHaveLength(1)
      const [cart] = await pg()("cart").where({ id: cartId })
      expect(cart.completed_at).not.toBeNull()
      // PayPal was asked to verify exactly the event it sent, for our webhook id.
      expect(verifyRequests()).toHaveLength(1)
      expect(verifyRequests()[0].body).toEqual({
        auth_algo: webhookHeaders["paypal-auth-algo"],
        cert_url: webhookHeaders["paypal-cert-url"],
        transmission_id: webhookHeaders["paypal-transmission-id"],
        transmission_sig: webhookHeaders["paypal-transmission-sig"],
        transmission_time: webhookHeaders["paypal-transmission-time"],
        webhook_id: PAYPAL_WEBHOOK_ID,
        webhook_event: event,
      })
      let rows = await paymentRows(session.id)
      expect(rows.payments).toHaveLength(1)
      expect(rows.payments[0].captured_at).not.toBeNull()
      expect(rows.payments[0].data.capture_id).toBe(capture.id)
      expect(rows.captures).toHaveLength(1)

      // PayPal retries deliveries it thinks failed: the same event again.
      const second = await postWebhook(event)
      expect(second.status).toBe(200)
      expect(await processedRuns(2)).toBe(2)
      expect(verifyRequests()).toHaveLength(2)
      expect(await ordersOfCart(cartId)).toEqual(orders)
      rows = await paymentRows(session.id)
      expect(rows.payments).toHaveLength(1)
      expect(rows.captures).toHaveLength(1)
      // Already captured on PayPal: Medusa never asked PayPal to capture.
      expect(
        paypal.requests.filter((r) => r.path.endsWith("/capture"))
      ).toHaveLength(0)
    })

    it("creates one order when PayPal delivers the same webhook twice in parallel", async () => {
      const { cartId, session } = await usCart()
      const orderId = session.data.paypal_order_id
      paypal.approve(orderId)
      const event = captureCompleted(
        paypal.captureElsewhere(orderId),
        "WH-PARALLEL-1"
      )

      const answers = await Promise.all([
        postWebhook(event),
        postWebhook(event),
      ])
      expect(answers.map((a) => a.status)).toEqual([200, 200])
      expect(await processedRuns(2)).toBe(2)

      expect(await ordersOfCart(cartId)).toHaveLength(1)
      const rows = await paymentRows(session.id)
      expect(rows.payments).toHaveLength(1)
      expect(rows.payments[0].captured_at).not.toBeNull()
      expect(rows.captures).toHaveLength(1)
    })

    it("completes the cart on CHECKOUT.ORDER.APPROVED, capturing the approved order once", async () => {
      const { cartId, session } = await usCart()
      const orderId = session.data.paypal_order_id
      paypal.approve(orderId)
      const order = paypal.orders.get(orderId)!

      const res = await postWebhook(
        webhookEvent("CHECKOUT.ORDER.APPROVED", "checkout-order", order)
      )
      expect(res.status).toBe(200)
      expect(await processedRuns(1)).toBe(1)

      expect(await ordersOfCart(cartId)).toHaveLength(1)
      const captures = paypal.requests.filter(
        (r) => r.path === `/v2/checkout/orders/${orderId}/capture`
      )
      expect(captures).toHaveLength(1)
      expect(captures[0].headers.requestId).toBe(`${session.id}-capture`)
      const rows = await paymentRows(session.id)
      expect(rows.payments).toHaveLength(1)
      expect(rows.payments[0].captured_at).not.toBeNull()
      expect(rows.captures).toHaveLength(1)
    })

    it("changes nothing when PayPal's verification fails", async () => {
      const { cartId, session } = await usCart()
      const orderId = session.data.paypal_order_id
      paypal.approve(orderId)
      const event = captureCompleted(paypal.captureElsewhere(orderId))
      paypal.verification = "FAILURE"

      const payment = getContainer().resolve(Modules.PAYMENT)
      const raw = JSON.stringify(event)
      await expect(
        payment.getWebhookActionAndData({
          provider: "paypal_paypal",
          payload: {
            data: event,
            rawData: Buffer.from(raw),
            headers: webhookHeaders,
          },
        })
      ).resolves.toEqual({ action: PaymentActions.NOT_SUPPORTED })

      // Through Medusa's route: acknowledged, verified when processed, ignored.
      const res = await postWebhook(event)
      expect(res.status).toBe(200)
      expect((await waitFor(verifyRequests, (r) => r.length >= 2)).length).toBe(
        2
      )
      await sleep(1000) // what would follow a verified event has had its time
      expect(processed).toHaveLength(0)
      expect(await ordersOfCart(cartId)).toHaveLength(0)
      const [cart] = await pg()("cart").where({ id: cartId })
      expect(cart.completed_at).toBeNull()
      expect(await paymentRows(session.id)).toEqual({
        payments: [],
        captures: [],
      })
    })

    it("asks PayPal nothing about a request without PayPal's transmission headers", async () => {
      const payment = getContainer().resolve(Modules.PAYMENT)
      const event = captureCompleted({
        id: "2GG279541U471931P",
        status: "COMPLETED",
        custom_id: "payses_01JBOZORNOSESSION000000",
        amount: { currency_code: "USD", value: "10.00" },
      })
      const { "paypal-transmission-sig": _sig, ...unsigned } = webhookHeaders
      await expect(
        payment.getWebhookActionAndData({
          provider: "paypal_paypal",
          payload: {
            data: event,
            rawData: Buffer.from(JSON.stringify(event)),
            headers: unsigned,
          },
        })
      ).resolves.toEqual({ action: PaymentActions.NOT_SUPPORTED })
      expect(verifyRequests()).toHaveLength(0)
    })

    it("maps a verified event to Medusa's action with the session and amount", async () => {
      const { session } = await usCart()
      const orderId = session.data.paypal_order_id
      paypal.approve(orderId)
      const capture = paypal.captureElsewhere(orderId)
      const payment = getContainer().resolve(Modules.PAYMENT)
      const call = (event: unknown) =>
        payment.getWebhookActionAndData({
          provider: "paypal_paypal",
          payload: {
            data: event as Record<string, unknown>,
            rawData: Buffer.from(JSON.stringify(event)),
            headers: webhookHeaders,
          },
        })

      expect(await call(captureCompleted(capture))).toEqual({
        action: PaymentActions.SUCCESSFUL,
        data: { session_id: session.id, amount: capture.amount.value },
      })
      expect(
        await call(webhookEvent("PAYMENT.CAPTURE.REFUNDED", "refund", capture))
      ).toEqual({ action: PaymentActions.NOT_SUPPORTED })
      expect(
        await call(
          webhookEvent("PAYMENT.CAPTURE.DENIED", "capture", {
            ...capture,
            status: "DECLINED",
          })
        )
      ).toEqual({
        action: PaymentActions.FAILED,
        data: { session_id: session.id, amount: capture.amount.value },
      })
    })
  },
})
