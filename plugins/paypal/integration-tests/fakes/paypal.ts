import { randomBytes } from "node:crypto"
import http from "node:http"
import type { AddressInfo } from "node:net"

/**
 * A local stand-in for the PayPal REST endpoints Bozor calls, written from
 * PayPal's public API reference: OAuth 2.0 client credentials
 * (`POST /v1/oauth2/token`), Orders v2 (create, show, capture, authorize),
 * Payments v2 (capture/void an authorization, refund a capture) and Webhooks
 * (`POST /v1/notifications/verify-webhook-signature`). It checks Basic/Bearer
 * auth, replays the first answer for a repeated `PayPal-Request-Id` as PayPal
 * does, and records every request.
 */
export type RecordedPayPalRequest = {
  method: string
  path: string
  headers: {
    authorization?: string
    requestId?: string
    contentType?: string
    prefer?: string
  }
  body: any
}

type Money = { currency_code: string; value: string }

export type FakePayPalOrder = {
  id: string
  intent: "CAPTURE" | "AUTHORIZE"
  status: string
  purchase_units: any[]
  links: { href: string; rel: string; method: string }[]
  create_time: string
}

export type PayPalFake = {
  url: string
  requests: RecordedPayPalRequest[]
  orders: Map<string, FakePayPalOrder>
  /** What verify-webhook-signature answers. */
  verification: "SUCCESS" | "FAILURE"
  /** When true, every connection is destroyed without an answer. */
  down: boolean
  /** Buyer approval on PayPal's page. */
  approve(orderId: string): void
  /** A capture made outside Medusa (e.g. PayPal JS SDK); returns the capture. */
  captureElsewhere(orderId: string): any
  mutations(): RecordedPayPalRequest[]
  listen(): Promise<string>
  reset(): void
  close(): Promise<void>
}

const ACCESS_TOKEN = "A21AAFakeAccessToken"

const id = (n = 17) =>
  randomBytes(n)
    .toString("hex")
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "")
    .slice(0, n)

const cents = (v: string) => Math.round(Number(v) * 100)
const fromCents = (c: number) => (c / 100).toFixed(2)

export function createPayPalFake(opts: {
  clientId: string
  clientSecret: string
  webhookId: string
}): PayPalFake {
  const idempotent = new Map<string, { status: number; body: unknown }>()
  const refunds = new Map<string, number>() // capture id → refunded cents
  const fake: PayPalFake = {
    url: "",
    requests: [],
    orders: new Map(),
    verification: "SUCCESS",
    down: false,
    approve(orderId) {
      const order = fake.orders.get(orderId)
      if (!order) {
        throw new Error(`fake PayPal: no order ${orderId}`)
      }
      order.status = "APPROVED"
    },
    captureElsewhere(orderId) {
      const order = fake.orders.get(orderId)!
      return doCapture(order)
    },
    mutations: () => fake.requests.filter((r) => r.method !== "GET"),
    listen,
    reset,
    close,
  }

  function reset() {
    fake.requests = []
    fake.orders.clear()
    idempotent.clear()
    refunds.clear()
    fake.verification = "SUCCESS"
    fake.down = false
  }

  function doCapture(order: FakePayPalOrder) {
    const unit = order.purchase_units[0]
    const capture = {
      id: id(17),
      status: "COMPLETED",
      amount: unit.amount as Money,
      final_capture: true,
      custom_id: unit.custom_id,
      invoice_id: unit.invoice_id,
      supplementary_data: { related_ids: { order_id: order.id } },
      create_time: new Date().toISOString(),
    }
    unit.payments = { ...(unit.payments ?? {}), captures: [capture] }
    order.status = "COMPLETED"
    return capture
  }

  const server = http.createServer((req, res) => {
    if (fake.down) {
      req.socket.destroy()
      return
    }
    let raw = ""
    req.on("data", (c) => (raw += c))
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake")
      const path = url.pathname
      const method = req.method ?? "GET"
      let body: any = raw
      if ((req.headers["content-type"] ?? "").includes("json") && raw) {
        try {
          body = JSON.parse(raw)
        } catch {
          body = raw
        }
      }
      const requestId = req.headers["paypal-request-id"] as string | undefined
      fake.requests.push({
        method,
        path,
        headers: {
          authorization: req.headers.authorization,
          requestId,
          contentType: req.headers["content-type"],
          prefer: req.headers.prefer as string | undefined,
        },
        body,
      })
      const send = (status: number, payload: unknown) => {
        res.writeHead(status, { "content-type": "application/json" })
        res.end(payload === undefined ? "" : JSON.stringify(payload))
      }
      const error = (status: number, name: string, issue?: string) =>
        send(status, {
          name,
          message: name,
          debug_id: id(12).toLowerCase(),
          details: issue ? [{ issue, description: issue }] : [],
        })

      if (method === "POST" && path === "/v1/oauth2/token") {
        const basic =
          "Basic " +
          Buffer.from(`${opts.clientId}:${opts.clientSecret}`).toString(
            "base64"
          )
        if (req.headers.authorization !== basic) {
          return send(401, {
            error: "invalid_client",
            error_description: "Client Authentication failed",
          })
        }
        if (
          new URLSearchParams(raw).get("grant_type") !== "client_credentials"
        ) {
          return send(400, { error: "unsupported_grant_type" })
        }
        return send(200, {
          scope: "https://uri.paypal.com/services/payments/payment",
          access_token: ACCESS_TOKEN,
          token_type: "Bearer",
          app_id: "APP-80W284485P519543T",
          expires_in: 32400,
          nonce: id(20),
        })
      }

      if (req.headers.authorization !== `Bearer ${ACCESS_TOKEN}`) {
        return error(401, "AUTHENTICATION_FAILURE")
      }

      const replayKey = requestId ? `${method} ${path} ${requestId}` : null
      if (method === "POST" && replayKey && idempotent.has(replayKey)) {
        const prev = idempotent.get(replayKey)!
        return send(prev.status, prev.body)
      }
      const remember = (status: number, payload: unknown) => {
        if (replayKey && status < 300) {
          idempotent.set(replayKey, { status, body: payload })
        }
        send(status, payload)
      }

      if (
        method === "POST" &&
        path === "/v1/notifications/verify-webhook-signature"
      ) {
        const b = body ?? {}
        for (const k of [
          "auth_algo",
          "cert_url",
          "transmission_id",
          "transmission_sig",
          "transmission_time",
          "webhook_id",
          "webhook_event",
        ]) {
          if (!b[k]) {
            return error(400, "VALIDATION_ERROR", `MISSING_${k.toUpperCase()}`)
          }
        }
        return send(200, {
          verification_status:
            b.webhook_id === opts.webhookId ? fake.verification : "FAILURE",
        })
      }

      if (method === "POST" && path === "/v2/checkout/orders") {
        if (!requestId) {
          return error(400, "INVALID_REQUEST", "PAYPAL_REQUEST_ID_REQUIRED")
        }
        const orderId = id(17)
        const order: FakePayPalOrder = {
          id: orderId,
          intent: body.intent,
          status: body.payment_source?.paypal
            ? "PAYER_ACTION_REQUIRED"
            : "CREATED",
          purchase_units: body.purchase_units.map((u: any) => ({ ...u })),
          links: [
            {
              href: `${fake.url}/v2/checkout/orders/${orderId}`,
              rel: "self",
              method: "GET",
            },
            {
              href: `https://www.sandbox.paypal.com/checkoutnow?token=${orderId}`,
              rel: body.payment_source?.paypal ? "payer-action" : "approve",
              method: "GET",
            },
          ],
          create_time: new Date().toISOString(),
        }
        fake.orders.set(orderId, order)
        return remember(200, order)
      }

      let m =
        /^\/v2\/checkout\/orders\/([^/]+)(?:\/(capture|authorize))?$/.exec(path)
      if (m) {
        const order = fake.orders.get(m[1])
        if (!order) {
          return error(404, "RESOURCE_NOT_FOUND", "INVALID_RESOURCE_ID")
        }
        if (method === "GET" && !m[2]) {
          return send(200, order)
        }
        if (method === "POST" && m[2]) {
          if (order.status !== "APPROVED") {
            return error(422, "UNPROCESSABLE_ENTITY", "ORDER_NOT_APPROVED")
          }
          if (m[2] === "capture") {
            if (order.intent !== "CAPTURE") {
              return error(
                422,
                "UNPROCESSABLE_ENTITY",
                "ACTION_DOES_NOT_MATCH_INTENT"
              )
            }
            doCapture(order)
          } else {
            if (order.intent !== "AUTHORIZE") {
              return error(
                422,
                "UNPROCESSABLE_ENTITY",
                "ACTION_DOES_NOT_MATCH_INTENT"
              )
            }
            const unit = order.purchase_units[0]
            unit.payments = {
              authorizations: [
                {
                  id: id(17),
                  status: "CREATED",
                  amount: unit.amount,
                  custom_id: unit.custom_id,
                  invoice_id: unit.invoice_id,
                },
              ],
            }
            order.status = "COMPLETED"
          }
          return remember(201, order)
        }
      }

      m = /^\/v2\/payments\/authorizations\/([^/]+)\/(capture|void)$/.exec(path)
      if (m && method === "POST") {
        const order = [...fake.orders.values()].find(
          (o) => o.purchase_units[0].payments?.authorizations?.[0]?.id === m![1]
        )
        const auth = order?.purchase_units[0].payments.authorizations[0]
        if (!order || !auth) {
          return error(404, "RESOURCE_NOT_FOUND", "INVALID_RESOURCE_ID")
        }
        if (auth.status !== "CREATED") {
          return error(
            422,
            "UNPROCESSABLE_ENTITY",
            "AUTHORIZATION_ALREADY_COMPLETED"
          )
        }
        if (m[2] === "void") {
          auth.status = "VOIDED"
          return remember(200, auth)
        }
        auth.status = "CAPTURED"
        const capture = doCapture(order)
        return remember(201, capture)
      }

      m = /^\/v2\/payments\/captures\/([^/]+)\/refund$/.exec(path)
      if (m && method === "POST") {
        const captureId = m[1]
        const capture = [...fake.orders.values()]
          .map((o) => o.purchase_units[0].payments?.captures?.[0])
          .find((c) => c?.id === captureId)
        if (!capture) {
          return error(404, "RESOURCE_NOT_FOUND", "INVALID_RESOURCE_ID")
        }
        const total = cents(capture.amount.value)
        const done = refunds.get(captureId) ?? 0
        const amount: Money | undefined = body?.amount
        const want = amount ? cents(amount.value) : total - done
        if (done >= total) {
          return error(422, "UNPROCESSABLE_ENTITY", "CAPTURE_FULLY_REFUNDED")
        }
        if (want > total - done) {
          return error(422, "UNPROCESSABLE_ENTITY", "REFUND_AMOUNT_EXCEEDED")
        }
        refunds.set(captureId, done + want)
        capture.status =
          done + want === total ? "REFUNDED" : "PARTIALLY_REFUNDED"
        return remember(201, {
          id: id(17),
          status: "COMPLETED",
          amount: {
            currency_code: capture.amount.currency_code,
            value: fromCents(want),
          },
          create_time: new Date().toISOString(),
        })
      }

      return error(404, "RESOURCE_NOT_FOUND", "NOT_IMPLEMENTED_IN_FAKE")
    })
  })

  function listen() {
    return new Promise<string>((resolve) => {
      server.listen(0, "127.0.0.1", () => {
        const { port } = server.address() as AddressInfo
        fake.url = `http://127.0.0.1:${port}`
        resolve(fake.url)
      })
    })
  }

  function close() {
    return new Promise<void>((resolve) => {
      server.closeAllConnections?.()
      server.close(() => resolve())
    })
  }

  return fake
}
