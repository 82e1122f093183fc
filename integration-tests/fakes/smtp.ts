/**
 * A real SMTP server (the `smtp-server` package) on a local port that keeps
 * every message it receives, with a minimal MIME reader for what nodemailer
 * sends (multipart/alternative, quoted-printable or base64, encoded words).
 */
import { SMTPServer } from "smtp-server"
import type { AddressInfo } from "node:net"

export type ReceivedMail = {
  from: string
  to: string[]
  subject: string
  text: string
  html: string
  raw: string
}

export type SmtpSink = {
  port: number
  mails: ReceivedMail[]
  reset(): void
  close(): Promise<void>
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(
      /=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g,
      (_, _charset, enc: string, text: string) =>
        enc.toUpperCase() === "B"
          ? Buffer.from(text, "base64").toString("utf8")
          : decodeQp(text.replace(/_/g, " "))
    )
}

function decodeQp(text: string): string {
  const soft = text.replace(/=\r?\n/g, "")
  const bytes: number[] = []
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === "=" && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16))
      i += 2
    } else {
      bytes.push(...Buffer.from(soft[i], "utf8"))
    }
  }
  return Buffer.from(bytes).toString("utf8")
}

function splitPart(part: string): {
  headers: Record<string, string>
  body: string
} {
  const idx = part.search(/\r?\n\r?\n/)
  const head = part.slice(0, idx).replace(/\r?\n[ \t]+/g, " ")
  const body = part.slice(idx).replace(/^\r?\n\r?\n/, "")
  const headers: Record<string, string> = {}
  for (const line of head.split(/\r?\n/)) {
    const m = /^([^:]+):\s*(.*)$/.exec(line)
    if (m) {
      headers[m[1].toLowerCase()] = m[2]
    }
  }
  return { headers, body }
}

function decodeBody(headers: Record<string, string>, body: string): string {
  const enc = (headers["content-transfer-encoding"] ?? "").toLowerCase()
  if (enc === "base64") {
    return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8")
  }
  if (enc === "quoted-printable") {
    return decodeQp(body)
  }
  return body
}

export function parseMail(
  raw: string
): Omit<ReceivedMail, "from" | "to" | "raw"> {
  const { headers, body } = splitPart(raw)
  const subject = decodeWords(headers.subject ?? "")
  const type = headers["content-type"] ?? "text/plain"
  const out = { subject, text: "", html: "" }
  const boundary = /boundary="?([^";]+)"?/.exec(type)?.[1]
  const parts = boundary
    ? body
        .split(`--${boundary}`)
        .slice(1, -1)
        .map((p) => splitPart(p.replace(/^\r?\n/, "")))
    : [{ headers, body }]
  for (const p of parts) {
    const t = p.headers["content-type"] ?? "text/plain"
    const decoded = decodeBody(p.headers, p.body)
      .replace(/\r\n/g, "\n")
      .replace(/\n$/, "")
    if (t.startsWith("text/html")) {
      out.html = decoded
    } else if (t.startsWith("text/plain")) {
      out.text = decoded
    }
  }
  return out
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const sink: SmtpSink = {
    port: 0,
    mails: [],
    reset() {
      sink.mails = []
    },
    close() {
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on("data", (c: Buffer) => chunks.push(c))
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8")
        sink.mails.push({
          from: session.envelope.mailFrom
            ? session.envelope.mailFrom.address
            : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          ...parseMail(raw),
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve())
  )
  sink.port = (server.server.address() as AddressInfo).port
  return sink
}

/**
 * Starts a sink for the test file and points the SMTP provider at it. Call
 * at the top of a spec, before `medusaIntegrationTestRunner`: medusa-config.ts
 * reads the SMTP env when the runner boots, after this file's first hook.
 */
export function useSmtpSink(): Pick<SmtpSink, "mails" | "reset"> {
  let sink: SmtpSink | undefined
  const saved: Record<string, string | undefined> = {}
  beforeAll(async () => {
    sink = await startSmtpSink()
    const env = { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(sink.port) }
    for (const [k, v] of Object.entries(env)) {
      saved[k] = process.env[k]
      process.env[k] = v
    }
  })
  afterAll(async () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
    await sink?.close()
  })
  return {
    get mails() {
      return sink!.mails
    },
    reset: () => sink!.reset(),
  }
}
