import { createHash } from "node:crypto"
import http from "node:http"
import type { AddressInfo } from "node:net"

/**
 * A local stand-in for the Click Merchant API (spec §2.9), written from the
 * spec: it checks the `Auth: merchant_user_id:sha1(timestamp + secret):timestamp`
 * header, answers `payment/status`, `payment/reversal` and
 * `payment/partial_reversal`, and records every request so a test can assert
 * the exact outgoing call.
 */
export type RecordedClickRequest = {
  method: string
  path: string
  headers: { auth?: string; accept?: string; contentType?: string }
  body: string
  /** Whether the Auth header was valid. */
  authorized: boolean
}

type FakePayment = {
  amount: number
  refunded: number
  /** Merchant API payment_status (2 = paid). */
  status: number
}

export type ClickMerchantApiFake = {
  url: string
  requests: RecordedClickRequest[]
  payments: Map<string, FakePayment>
  /** Answer with this body (HTTP 200) instead of the normal result. */
  refuseWith: { error_code: number; error_note: string } | null
  /** When true, every connection is destroyed without an answer. */
  down: boolean
  listen(): Promise<string>
  reset(): void
  close(): Promise<void>
}

export function createClickMerchantApiFake(opts: {
  serviceId: string
  merchantUserId: string
  secretKey: string
}): ClickMerchantApiFake {
  const fake: ClickMerchantApiFake = {
    url: "",
    requests: [],
    payments: new Map(),
    refuseWith: null,
    down: false,
    listen,
    reset,
    close,
  }

  const checkAuth = (header: string | undefined) => {
    const m = /^([^:]+):([0-9a-f]{40}):(\d{10})$/.exec(header ?? "")
    if (!m || m[1] !== opts.merchantUserId) {
      return false
    }
    const digest = createHash("sha1")
      .update(m[3] + opts.secretKey)
      .digest("hex")
    const age = Math.abs(Date.now() / 1000 - Number(m[3]))
    return digest === m[2] && age < 300
  }

  const server = http.createServer((req, res) => {
    if (fake.down) {
      req.socket.destroy()
      return
    }
    let body = ""
    req.on("data", (c) => (body += c))
    req.on("end", () => {
      const path = (req.url ?? "").replace(/^\/v2\/merchant\//, "/")
      const authorized = checkAuth(req.headers.auth as string | undefined)
      fake.requests.push({
        method: req.method ?? "",
        path,
        headers: {
          auth: req.headers.auth as string | undefined,
          accept: req.headers.accept,
          contentType: req.headers["content-type"],
        },
        body,
        authorized,
      })
      const send = (status: number, payload?: unknown) => {
        res.writeHead(status, { "Content-Type": "application/json" })
        res.end(payload === undefined ? "" : JSON.stringify(payload))
      }
      if (!authorized) {
        return send(401)
      }
      if (fake.refuseWith) {
        return send(200, fake.refuseWith)
      }
      const parts = path.split("/").filter(Boolean).map(decodeURIComponent)
      const [group, action, serviceId, paymentId, amount] = parts
      if (group !== "payment" || serviceId !== opts.serviceId) {
        return send(404)
      }
      const payment = fake.payments.get(paymentId)
      if (!payment) {
        return send(200, { error_code: -16, error_note: "Payment not found" })
      }
      if (req.method === "GET" && action === "status" && parts.length === 4) {
        return send(200, {
          error_code: 0,
          error_note: "Success",
          payment_id: Number(paymentId),
          payment_status: payment.status,
        })
      }
      if (
        req.method === "DELETE" &&
        action === "reversal" &&
        parts.length === 4
      ) {
        if (payment.refunded > 0 || payment.status !== 2) {
          return send(200, { error_code: -5017, error_note: "Cannot reverse" })
        }
        payment.refunded = payment.amount
        payment.status = -1
        return send(200, {
          error_code: 0,
          error_note: "Success",
          payment_id: Number(paymentId),
        })
      }
      if (
        req.method === "DELETE" &&
        action === "partial_reversal" &&
        parts.length === 5 &&
        /^\d+(\.\d{1,2})?$/.test(amount)
      ) {
        const value = Number(amount)
        if (payment.status !== 2 || payment.refunded + value > payment.amount) {
          return send(200, { error_code: -5017, error_note: "Cannot reverse" })
        }
        payment.refunded += value
        return send(200, { error_code: 0, error_note: "Success" })
      }
      return send(404)
    })
  })

  function listen() {
    return new Promise<string>((resolve) => {
      server.listen(0, "127.0.0.1", () => {
        const { port } = server.address() as AddressInfo
        fake.url = `http://127.0.0.1:${port}/v2/merchant/`
        resolve(fake.url)
      })
    })
  }

  function reset() {
    fake.requests = []
    fake.payments.clear()
    fake.refuseWith = null
    fake.down = false
  }

  function close() {
    return new Promise<void>((resolve) => {
      server.closeAllConnections?.()
      server.close(() => resolve())
    })
  }

  return fake
}
