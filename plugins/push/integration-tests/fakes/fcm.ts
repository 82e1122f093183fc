/**
 * A local fake of Google's OAuth 2.0 token endpoint and of FCM's HTTP v1 API,
 * written from their public documentation:
 *
 * - Token (developers.google.com/identity/protocols/oauth2/service-account,
 *   "Making the access token request"): `POST /token`, form-encoded
 *   `grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=<JWT>`;
 *   the JWT is RS256-signed by the service account's key, with `iss` = its
 *   e-mail, `scope`, `aud` = `https://oauth2.googleapis.com/token`, `iat`, `exp`
 *   (at most one hour later). Answer `{ access_token, expires_in, token_type: "Bearer" }`,
 *   or 400 `{ error: "invalid_grant" }`.
 * - Send (firebase.google.com/docs/reference/fcm/rest/v1/projects.messages/send):
 *   `POST /v1/projects/{project}/messages:send`, `Authorization: Bearer <token>`,
 *   body `{ message: { token, notification: { title, body }, data } }`, answer
 *   `{ name: "projects/{project}/messages/{id}" }`. Errors
 *   (firebase.google.com/docs/reference/fcm/rest/v1/ErrorCode) are
 *   `{ error: { code, message, status, details: [{ "@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError", errorCode }] } }`:
 *   404 NOT_FOUND / UNREGISTERED for a token no longer valid, 429
 *   RESOURCE_EXHAUSTED / QUOTA_EXCEEDED (with `Retry-After`), 401 UNAUTHENTICATED.
 */
import http from "node:http"
import { createVerify, generateKeyPairSync } from "node:crypto"
import type { AddressInfo } from "node:net"

export const GOOGLE_TOKEN_AUDIENCE = "https://oauth2.googleapis.com/token"
export const FCM_SCOPE = "https://www.googleapis.com/auth/firebase.messaging"

export type FcmSent = {
  token: string
  notification?: { title?: string; body?: string }
  data?: Record<string, string>
  /** Any other message field the provider sent (should be none). */
  [key: string]: unknown
}

export type FcmFake = {
  /** `FCM_API_URL`. */
  apiUrl: string
  /** `FCM_TOKEN_URL`. */
  tokenUrl: string
  projectId: string
  clientEmail: string
  /** PEM (PKCS#8) private key of the fake service account. */
  privateKey: string
  /** Messages FCM accepted. */
  sent: FcmSent[]
  /** Every send request, accepted or not, with the token it was addressed to. */
  requests: { token: string; status: number }[]
  /** Access tokens issued. */
  tokensIssued: string[]
  /** Requests refused for a missing or unknown bearer token, or a bad assertion. */
  rejected: string[]
  /** Registration tokens FCM answers UNREGISTERED for. */
  unregistered: Set<string>
  /** Registration tokens FCM answers 429 QUOTA_EXCEEDED for. */
  throttled: Set<string>
  reset(): void
  close(): Promise<void>
}

function b64urlJson(part: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(part, "base64url").toString("utf8"))
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = ""
    req.setEncoding("utf8")
    req.on("data", (c) => (body += c))
    req.on("end", () => resolve(body))
    req.on("error", reject)
  })
}

function fcmError(
  res: http.ServerResponse,
  code: number,
  status: string,
  errorCode: string,
  message: string,
  headers: Record<string, string> = {}
) {
  res.writeHead(code, { "content-type": "application/json", ...headers })
  res.end(
    JSON.stringify({
      error: {
        code,
        message,
        status,
        details: [
          {
            "@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError",
            errorCode,
          },
        ],
      },
    })
  )
}

export async function startFcmFake(
  projectId = "bozor-test",
  clientEmail = "push@bozor-test.iam.gserviceaccount.com"
): Promise<FcmFake> {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
  })
  const pem = privateKey.export({ type: "pkcs8", format: "pem" }).toString()
  const verifyKey = publicKey
  const issued = new Set<string>()
  let seq = 0

  const fake = {
    projectId,
    clientEmail,
    privateKey: pem,
    sent: [] as FcmSent[],
    requests: [] as { token: string; status: number }[],
    tokensIssued: [] as string[],
    rejected: [] as string[],
    unregistered: new Set<string>(),
    throttled: new Set<string>(),
  }

  const token = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const form = new URLSearchParams(await readBody(req))
    const refuse = (why: string) => {
      fake.rejected.push(`token: ${why}`)
      res.writeHead(400, { "content-type": "application/json" })
      res.end(
        JSON.stringify({ error: "invalid_grant", error_description: why })
      )
    }
    if (
      form.get("grant_type") !== "urn:ietf:params:oauth:grant-type:jwt-bearer"
    ) {
      return refuse("unsupported grant_type")
    }
    const [h, p, s] = (form.get("assertion") ?? "").split(".")
    if (!h || !p || !s) {
      return refuse("malformed assertion")
    }
    const header = b64urlJson(h)
    const claims = b64urlJson(p)
    const verifier = createVerify("RSA-SHA256")
    verifier.update(`${h}.${p}`)
    if (
      header.alg !== "RS256" ||
      !verifier.verify(verifyKey, Buffer.from(s, "base64url"))
    ) {
      return refuse("Invalid JWT Signature.")
    }
    const now = Math.floor(Date.now() / 1000)
    const iat = Number(claims.iat)
    const exp = Number(claims.exp)
    if (
      claims.iss !== clientEmail ||
      claims.aud !== GOOGLE_TOKEN_AUDIENCE ||
      !String(claims.scope ?? "")
        .split(" ")
        .includes(FCM_SCOPE) ||
      !(iat <= now + 60) ||
      !(exp > now) ||
      exp - iat > 3600
    ) {
      return refuse(`bad claims ${JSON.stringify(claims)}`)
    }
    const accessToken = `ya29.fake-${++seq}-${Math.random().toString(36).slice(2)}`
    issued.add(accessToken)
    fake.tokensIssued.push(accessToken)
    res.writeHead(200, { "content-type": "application/json" })
    res.end(
      JSON.stringify({
        access_token: accessToken,
        expires_in: 3599,
        token_type: "Bearer",
      })
    )
  }

  const send = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const auth = req.headers.authorization ?? ""
    const bearer = auth.startsWith("Bearer ") ? auth.slice(7) : ""
    if (!issued.has(bearer)) {
      fake.rejected.push("send: bad bearer token")
      res.writeHead(401, { "content-type": "application/json" })
      res.end(
        JSON.stringify({
          error: {
            code: 401,
            message:
              "Request had invalid authentication credentials. Expected OAuth 2 access token.",
            status: "UNAUTHENTICATED",
          },
        })
      )
      return
    }
    const body = JSON.parse(await readBody(req)) as { message?: FcmSent }
    const message = body.message
    if (!message || typeof message.token !== "string") {
      res.writeHead(400, { "content-type": "application/json" })
      res.end(
        JSON.stringify({
          error: {
            code: 400,
            message: "Recipient of the message is not set.",
            status: "INVALID_ARGUMENT",
          },
        })
      )
      return
    }
    const data = message.data ?? {}
    if (Object.values(data).some((v) => typeof v !== "string")) {
      res.writeHead(400, { "content-type": "application/json" })
      res.end(
        JSON.stringify({
          error: {
            code: 400,
            message: "Invalid value at 'message.data[0].value' (TYPE_STRING)",
            status: "INVALID_ARGUMENT",
          },
        })
      )
      return
    }
    if (fake.unregistered.has(message.token)) {
      fake.requests.push({ token: message.token, status: 404 })
      return fcmError(
        res,
        404,
        "NOT_FOUND",
        "UNREGISTERED",
        "Requested entity was not found."
      )
    }
    if (fake.throttled.has(message.token)) {
      fake.requests.push({ token: message.token, status: 429 })
      return fcmError(
        res,
        429,
        "RESOURCE_EXHAUSTED",
        "QUOTA_EXCEEDED",
        "Quota exceeded for quota metric 'Send messages'.",
        { "retry-after": "60" }
      )
    }
    fake.requests.push({ token: message.token, status: 200 })
    fake.sent.push(message)
    res.writeHead(200, { "content-type": "application/json" })
    res.end(
      JSON.stringify({
        name: `projects/${projectId}/messages/0:${Date.now()}%${++seq}`,
      })
    )
  }

  const sendPath = `/v1/projects/${projectId}/messages:send`
  const server = http.createServer((req, res) => {
    const route =
      req.method === "POST" && req.url === "/token"
        ? token
        : req.method === "POST" && req.url === sendPath
          ? send
          : null
    if (!route) {
      res.writeHead(404)
      res.end()
      return
    }
    route(req, res).catch((e) => {
      res.writeHead(500)
      res.end(String(e))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return Object.assign(fake, {
    apiUrl: `http://127.0.0.1:${port}`,
    tokenUrl: `http://127.0.0.1:${port}/token`,
    reset() {
      fake.sent.length = 0
      fake.requests.length = 0
      fake.rejected.length = 0
      fake.unregistered.clear()
      fake.throttled.clear()
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  })
}
