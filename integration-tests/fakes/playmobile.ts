/**
 * A local HTTP fake of PlayMobile's broker API (uz-providers spec §4): Basic
 * auth, the JSON `messages` payload, HTTP 400 `{"error-code","error-description"}`
 * for bad payloads, 401/5xx without a body, and a switch to make it fail.
 */
import http from "node:http"
import type { AddressInfo } from "node:net"

export type PlayMobileMessage = {
  recipient: string
  "message-id": string
  sms: { originator: string; content: { text: string } }
}

export type PlayMobileFake = {
  /** Base URL to configure as `PLAYMOBILE_API_URL` (ends in `/broker-api`). */
  url: string
  sent: PlayMobileMessage[]
  /** Requests refused for bad credentials. */
  unauthorized: number
  failWith(mode: "http500" | null): void
  reset(): void
  close(): Promise<void>
}

export async function startPlayMobileFake(credentials: {
  login: string
  password: string
}): Promise<PlayMobileFake> {
  const expected = `Basic ${Buffer.from(`${credentials.login}:${credentials.password}`).toString("base64")}`
  let failure: "http500" | null = null
  const error = (
    res: http.ServerResponse,
    code: number,
    description: string
  ) => {
    res.writeHead(400, { "Content-Type": "application/json" })
    res.end(
      JSON.stringify({ "error-code": code, "error-description": description })
    )
  }

  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const c of req) {
      chunks.push(c as Buffer)
    }
    if (req.method !== "POST" || req.url !== "/broker-api/send") {
      res.writeHead(404).end()
      return
    }
    if (req.headers.authorization !== expected) {
      fake.unauthorized++
      res.writeHead(401).end()
      return
    }
    if (failure === "http500") {
      res.writeHead(503).end()
      return
    }
    let body: { messages?: PlayMobileMessage[] }
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8"))
    } catch {
      return error(res, 101, "Syntax error")
    }
    const messages = body.messages ?? []
    if (!messages.length) {
      return error(res, 202, "Empty recipient")
    }
    for (const m of messages) {
      if (!m.recipient || !/^998[0-9]{9}$/.test(m.recipient)) {
        return error(res, 202, "Empty recipient")
      }
      if (!m["message-id"]) {
        return error(res, 205, "Empty message-id")
      }
      if (!m.sms?.originator) {
        return error(res, 401, "Empty originator")
      }
      if (!m.sms?.content?.text) {
        return error(res, 404, "Empty content")
      }
    }
    fake.sent.push(...messages)
    res.writeHead(200, { "Content-Type": "text/plain" })
    res.end("Request is received")
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo

  const fake: PlayMobileFake = {
    url: `http://127.0.0.1:${port}/broker-api`,
    sent: [],
    unauthorized: 0,
    failWith(mode) {
      failure = mode
    },
    reset() {
      fake.sent = []
      fake.unauthorized = 0
      failure = null
    },
    close() {
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
  return fake
}
