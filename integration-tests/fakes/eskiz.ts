/**
 * A local HTTP fake of the Eskiz.uz SMS API, written from uz-providers spec §3:
 * login → JWT (30 days), `PATCH /auth/refresh`, `POST /message/sms/send` with a
 * Bearer token, the documented 401 `token-invalid` shape, and switches to make
 * it fail (5xx, timeout, rejection) or to expire every issued token.
 */
import http from "node:http"
import { randomUUID } from "node:crypto"
import type { AddressInfo } from "node:net"

export type EskizSentSms = {
  mobile_phone: string
  message: string
  from: string
  callback_url?: string
  request_id: string
}

export type EskizFailure = "http500" | "timeout" | "reject"

export type EskizFake = {
  /** Base URL to configure as `ESKIZ_API_URL` (ends in `/api`). */
  url: string
  sent: EskizSentSms[]
  logins: number
  refreshes: number
  /** Requests that arrived with a rejected token. */
  unauthorized: number
  /** Makes every send fail this way until `reset()`. */
  failWith(mode: EskizFailure | null): void
  /** Invalidates every token issued so far (the next send gets 401 token-invalid). */
  expireTokens(): void
  reset(): void
  close(): Promise<void>
}

function jwt(expiresInSeconds: number): string {
  const b64 = (o: object) =>
    Buffer.from(JSON.stringify(o)).toString("base64url")
  const exp = Math.floor(Date.now() / 1000) + expiresInSeconds
  return `${b64({ alg: "HS256", typ: "JWT" })}.${b64({ sub: "1", exp, jti: randomUUID() })}.c2lnbmF0dXJl`
}

async function readForm(
  req: http.IncomingMessage
): Promise<Record<string, string>> {
  const chunks: Buffer[] = []
  for await (const c of req) {
    chunks.push(c as Buffer)
  }
  const raw = Buffer.concat(chunks).toString("utf8")
  if ((req.headers["content-type"] ?? "").includes("application/json")) {
    return JSON.parse(raw || "{}")
  }
  return Object.fromEntries(new URLSearchParams(raw))
}

export async function startEskizFake(credentials: {
  email: string
  password: string
}): Promise<EskizFake> {
  const valid = new Set<string>()
  const hanging: http.ServerResponse[] = []
  let failure: EskizFailure | null = null

  const send = (res: http.ServerResponse, status: number, body: object) => {
    res.writeHead(status, { "Content-Type": "application/json" })
    res.end(JSON.stringify(body))
  }
  const issue = () => {
    const token = jwt(30 * 24 * 3600)
    valid.add(token)
    return token
  }
  const bearer = (req: http.IncomingMessage) => {
    const m = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")
    return m && valid.has(m[1]) ? m[1] : null
  }

  const server = http.createServer(async (req, res) => {
    const url = req.url ?? ""
    const body = await readForm(req)
    if (req.method === "POST" && url === "/api/auth/login") {
      fake.logins++
      if (
        body.email !== credentials.email ||
        body.password !== credentials.password
      ) {
        return send(res, 401, { message: "Неверный Email или пароль" })
      }
      return send(res, 200, {
        message: "token_generated",
        data: { token: issue() },
        token_type: "bearer",
      })
    }
    if (req.method === "PATCH" && url === "/api/auth/refresh") {
      const old = bearer(req)
      if (!old) {
        fake.unauthorized++
        return send(res, 401, {
          status: "token-invalid",
          message: "Expired token",
        })
      }
      fake.refreshes++
      valid.delete(old)
      return send(res, 200, {
        message: "token_generated",
        data: { token: issue() },
        token_type: "bearer",
      })
    }
    if (req.method === "POST" && url === "/api/message/sms/send") {
      if (!bearer(req)) {
        fake.unauthorized++
        return send(res, 401, {
          status: "token-invalid",
          message: "Expired token",
        })
      }
      if (failure === "http500") {
        return send(res, 500, { message: "Server Error" })
      }
      if (failure === "timeout") {
        hanging.push(res)
        return
      }
      if (failure === "reject") {
        return send(res, 400, {
          status: "error",
          message: "Этот смс текст ещё не прошёл модерацию",
        })
      }
      if (
        !/^998\d{9}$/.test(body.mobile_phone ?? "") ||
        !body.message ||
        !body.from
      ) {
        return send(res, 400, {
          status: "error",
          message: "Validation error",
          data: body,
        })
      }
      const request_id = randomUUID()
      fake.sent.push({
        mobile_phone: body.mobile_phone,
        message: body.message,
        from: body.from,
        callback_url: body.callback_url,
        request_id,
      })
      return send(res, 200, {
        id: request_id,
        message: "Waiting for SMS provider",
        status: "waiting",
      })
    }
    send(res, 404, { message: "Not found" })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo

  const fake: EskizFake = {
    url: `http://127.0.0.1:${port}/api`,
    sent: [],
    logins: 0,
    refreshes: 0,
    unauthorized: 0,
    failWith(mode) {
      failure = mode
    },
    expireTokens() {
      valid.clear()
    },
    reset() {
      fake.sent = []
      fake.logins = 0
      fake.refreshes = 0
      fake.unauthorized = 0
      failure = null
      valid.clear()
      hanging.splice(0).forEach((r) => r.destroy())
    },
    close() {
      hanging.splice(0).forEach((r) => r.destroy())
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
  return fake
}
