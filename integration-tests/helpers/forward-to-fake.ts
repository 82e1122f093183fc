import https from "node:https"
import nock from "nock"

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const

// Hop-by-hop and length headers are the transport's, not the request's.
const DROPPED = new Set([
  "host",
  "connection",
  "content-length",
  "transfer-encoding",
  "content-encoding",
  "keep-alive",
])

/**
 * Intercepts every request to a provider's real API origin (e.g.
 * `https://api.stripe.com`) at the HTTP edge with `nock`, and answers it with
 * what the local fake server at `fakeUrl()` answers to the same method, path,
 * query, headers and body. The SDK keeps its real base URL, so production
 * code needs no test-only URL option; the fake still records the exact
 * payloads. A fake that drops the connection makes the SDK's request fail
 * the same way. Call the returned function in `afterAll`.
 */
export function forwardToFake(origin: string, fakeUrl: () => string) {
  const scope = nock(origin).persist()
  for (const method of METHODS) {
    scope.intercept(/.*/, method).reply(async function (
      this: { req: { headers: any } },
      path,
      body
    ) {
      const headers: Record<string, string> = {}
      for (const [key, value] of Object.entries(this.req.headers ?? {})) {
        if (!DROPPED.has(key.toLowerCase()) && value !== undefined) {
          headers[key] = Array.isArray(value) ? value.join(", ") : String(value)
        }
      }
      const hasBody = method !== "GET" && body !== undefined && body !== ""
      const res = await fetch(fakeUrl() + path, {
        method,
        headers,
        // nock hands JSON bodies over parsed.
        body: hasBody
          ? typeof body === "string"
            ? body
            : JSON.stringify(body)
          : undefined,
      })
      const answer: Record<string, string> = {}
      res.headers.forEach((value, key) => {
        if (!DROPPED.has(key)) {
          answer[key] = value
        }
      })
      return [res.status, await res.text(), answer]
    })
  }
  const restoreConnect = emitConnectForBufferedRequests(new URL(origin).host)
  return () => {
    restoreConnect()
    scope.persist(false)
    nock.cleanAll()
    // nock patches Node's shared http and fetch: undo it for the next file.
    nock.restore()
  }
}

/**
 * stripe-node writes a request only once its socket has emitted
 * `secureConnect`, while nock 14's socket (@mswjs/interceptors 0.41) connects
 * only once the request is written: the call hangs until Stripe's 80 s timeout
 * (mswjs/interceptors#643). For requests to `host` this emits `secureConnect`
 * on a socket still connecting, so the request is written and intercepted.
 */
function emitConnectForBufferedRequests(host: string) {
  const request = https.request
  const patched = function (this: unknown, ...args: unknown[]) {
    const req = (request as (...a: unknown[]) => any).apply(this, args)
    const target = args.find(
      (a): a is { host?: string; hostname?: string } =>
        !!a && typeof a === "object" && !(a instanceof URL)
    )
    const url = args.find((a) => typeof a === "string" || a instanceof URL)
    const requested =
      target?.hostname ?? target?.host ?? (url ? new URL(String(url)).host : "")
    if (requested === host) {
      req.once("socket", (socket: any) => {
        if (socket.connecting) {
          process.nextTick(() => socket.emit("secureConnect"))
        }
      })
    }
    return req
  }
  https.request = patched as typeof https.request
  return () => {
    if (https.request === patched) {
      https.request = request
    }
  }
}
