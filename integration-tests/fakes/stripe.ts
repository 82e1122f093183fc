import { createHmac, randomBytes } from "node:crypto"
import http from "node:http"
import type { AddressInfo } from "node:net"

/**
 * A local stand-in for the Stripe API endpoints Medusa's Stripe provider
 * calls, written from Stripe's API reference: PaymentIntents (create,
 * retrieve, update, capture, cancel) and Refunds (create). Bodies are
 * form-encoded, auth is `Bearer <secret key>`, a repeated `Idempotency-Key`
 * replays the first answer. `signWebhook` signs an event exactly as Stripe
 * does (`Stripe-Signature: t=<ts>,v1=<hex hmac-sha256(secret, "<ts>.<payload>")>`).
 */
export type RecordedStripeRequest = {
  method: string
  path: string
  idempotencyKey?: string
  params: Record<string, string>
}

export type StripeFake = {
  url: string
  requests: RecordedStripeRequest[]
  intents: Map<string, any>
  /** The buyer confirms the payment with Stripe.js (status → succeeded). */
  succeed(intentId: string): any
  listen(): Promise<string>
  reset(): void
  close(): Promise<void>
}

const rid = (prefix: string) => `${prefix}_${randomBytes(12).toString("hex")}`

/** A signed webhook delivery for `event`, as Stripe sends it. */
export function signStripeWebhook(
  event: unknown,
  secret: string,
  timestamp = Math.floor(Date.now() / 1000)
) {
  const payload = JSON.stringify(event)
  const signature = createHmac("sha256", secret)
    .update(`${timestamp}.${payload}`)
    .digest("hex")
  return { payload, header: `t=${timestamp},v1=${signature}` }
}

export function createStripeFake(opts: { apiKey: string }): StripeFake {
  const idempotent = new Map<string, { status: number; body: unknown }>()
  const fake: StripeFake = {
    url: "",
    requests: [],
    intents: new Map(),
    succeed(intentId) {
      const pi = fake.intents.get(intentId)
      pi.status = "succeeded"
      pi.amount_received = pi.amount
      pi.payment_method = "pm_card_visa"
      return pi
    },
    listen,
    reset() {
      fake.requests = []
      fake.intents.clear()
      idempotent.clear()
    },
    close,
  }

  const server = http.createServer((req, res) => {
    let raw = ""
    req.on("data", (c) => (raw += c))
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake")
      const path = url.pathname
      const method = req.method ?? "GET"
      const params: Record<string, string> = {}
      for (const [k, v] of new URLSearchParams(
        method === "GET" ? url.search : raw
      )) {
        params[k] = v
      }
      const idempotencyKey = req.headers["idempotency-key"] as
        string | undefined
      fake.requests.push({ method, path, idempotencyKey, params })
      const send = (status: number, body: unknown) => {
        res.writeHead(status, {
          "content-type": "application/json",
          "request-id": rid("req"),
        })
        res.end(JSON.stringify(body))
      }
      const fail = (status: number, code: string, extra: object = {}) =>
        send(status, {
          error: {
            type: "invalid_request_error",
            code,
            message: code,
            ...extra,
          },
        })
      if (req.headers.authorization !== `Bearer ${opts.apiKey}`) {
        return send(401, {
          error: { type: "invalid_request_error", message: "Invalid API Key" },
        })
      }
      const key = idempotencyKey ? `${method} ${path} ${idempotencyKey}` : null
      if (method === "POST" && key && idempotent.has(key)) {
        const prev = idempotent.get(key)!
        return send(prev.status, prev.body)
      }
      const ok = (body: unknown) => {
        if (key) {
          idempotent.set(key, { status: 200, body })
        }
        send(200, body)
      }

      if (method === "POST" && path === "/v1/payment_intents") {
        const metadata: Record<string, string> = {}
        for (const [k, v] of Object.entries(params)) {
          const m = /^metadata\[(.+)\]$/.exec(k)
          if (m) {
            metadata[m[1]] = v
          }
        }
        const pi = {
          id: rid("pi"),
          object: "payment_intent",
          amount: Number(params.amount),
          amount_capturable: 0,
          amount_received: 0,
          currency: params.currency,
          capture_method: params.capture_method ?? "automatic",
          client_secret: rid("secret"),
          metadata,
          status: "requires_payment_method",
          payment_method: null,
          last_payment_error: null,
          livemode: false,
        }
        fake.intents.set(pi.id, pi)
        return ok(pi)
      }
      const m = /^\/v1\/payment_intents\/([^/]+)(?:\/(capture|cancel))?$/.exec(
        path
      )
      if (m) {
        const pi = fake.intents.get(m[1])
        if (!pi) {
          return fail(404, "resource_missing")
        }
        if (method === "GET") {
          return send(200, pi)
        }
        if (!m[2]) {
          if (params.amount) {
            pi.amount = Number(params.amount)
          }
          return ok(pi)
        }
        if (m[2] === "capture") {
          if (pi.status !== "requires_capture") {
            return fail(400, "payment_intent_unexpected_state", {
              payment_intent: pi,
            })
          }
          pi.status = "succeeded"
          pi.amount_received = pi.amount
          return ok(pi)
        }
        if (pi.status === "succeeded") {
          return fail(400, "payment_intent_unexpected_state", {
            payment_intent: pi,
          })
        }
        pi.status = "canceled"
        return ok(pi)
      }
      if (method === "POST" && path === "/v1/refunds") {
        const pi = fake.intents.get(params.payment_intent)
        if (!pi) {
          return fail(404, "resource_missing")
        }
        return ok({
          id: rid("re"),
          object: "refund",
          amount: Number(params.amount ?? pi.amount_received),
          currency: pi.currency,
          payment_intent: pi.id,
          status: "succeeded",
        })
      }
      return fail(404, "resource_missing")
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
