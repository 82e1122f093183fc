import { DbTokenStore, StoredToken } from "./token-store"

/** Eskiz answered with an error, timed out or could not be reached. */
export class EskizError extends Error {
  constructor(
    message: string,
    /** HTTP status, or 0 for a timeout / network failure. */
    readonly status: number
  ) {
    super(message)
    this.name = "EskizError"
  }
}

export type EskizClientConfig = {
  apiUrl: string
  email: string
  password: string
  timeoutMs: number
  refreshBeforeSeconds: number
}

export type EskizSendInput = {
  /** `998XXXXXXXXX`. */
  phone: string
  message: string
  from: string
  callbackUrl?: string
}

type Logger = { info: (m: string) => void; warn: (m: string) => void }

const TOKEN_LIFETIME_MS = 30 * 24 * 3600 * 1000 // spec §3: a token lives 30 days

/**
 * Eskiz.uz SMS API client (uz-providers spec §3): logs in with e-mail and
 * password, keeps the token in the shared store, refreshes it before expiry,
 * and on a 401 logs in again and retries the request once.
 */
export class EskizClient {
  private readonly storeKey: string

  constructor(
    private readonly config: EskizClientConfig,
    private readonly store: DbTokenStore,
    private readonly logger: Logger
  ) {
    this.storeKey = `eskiz:${config.email.toLowerCase()}`
  }

  /** Sends one SMS; returns Eskiz's request id (the UUID callbacks carry as `request_id`). */
  async send(input: EskizSendInput): Promise<{ id: string }> {
    const form = new URLSearchParams({
      mobile_phone: input.phone,
      message: input.message,
      from: input.from,
    })
    if (input.callbackUrl) {
      form.set("callback_url", input.callbackUrl)
    }
    const body = await this.authorized("POST", "/message/sms/send", form)
    const id =
      typeof body.id === "string" || typeof body.id === "number"
        ? String(body.id)
        : ""
    const status = String(body.status ?? "")
    if (!id || /reject|error|fail/i.test(status)) {
      throw new EskizError(`Eskiz rejected the message: ${describe(body)}`, 200)
    }
    return { id }
  }

  private async authorized(
    method: string,
    path: string,
    form: URLSearchParams
  ): Promise<Record<string, unknown>> {
    let token = await this.token()
    let res = await this.request(method, path, form, token.token)
    if (res.status === 401) {
      // spec §3: expired/invalid token → log in again and retry once.
      this.logger.info(`[eskiz] token rejected (401), logging in again`)
      await this.store.invalidate(this.storeKey, token.token)
      token = await this.login()
      res = await this.request(method, path, form, token.token)
    }
    if (res.status >= 400) {
      throw new EskizError(
        `Eskiz ${method} ${path} failed with HTTP ${res.status}: ${describe(res.body)}`,
        res.status
      )
    }
    return res.body
  }

  /** The cached token, refreshed when it expires within `refreshBeforeSeconds`. */
  private async token(): Promise<StoredToken> {
    const cached = await this.store.get(this.storeKey)
    if (!cached) {
      return this.login()
    }
    const refreshAt =
      cached.expiresAt.getTime() - this.config.refreshBeforeSeconds * 1000
    if (Date.now() < refreshAt) {
      return cached
    }
    try {
      return await this.refresh(cached.token)
    } catch (e) {
      this.logger.warn(
        `[eskiz] token refresh failed, logging in: ${(e as Error).message}`
      )
      return this.login()
    }
  }

  private async login(): Promise<StoredToken> {
    const form = new URLSearchParams({
      email: this.config.email,
      password: this.config.password,
    })
    const res = await this.request("POST", "/auth/login", form)
    if (res.status >= 400) {
      throw new EskizError(
        `Eskiz login failed with HTTP ${res.status}: ${describe(res.body)}`,
        res.status
      )
    }
    return this.keep(res.body)
  }

  private async refresh(current: string): Promise<StoredToken> {
    const res = await this.request("PATCH", "/auth/refresh", undefined, current)
    if (res.status >= 400) {
      throw new EskizError(
        `HTTP ${res.status}: ${describe(res.body)}`,
        res.status
      )
    }
    this.logger.info(`[eskiz] token refreshed before expiry`)
    return this.keep(res.body)
  }

  private async keep(body: Record<string, unknown>): Promise<StoredToken> {
    const data = (body.data ?? {}) as Record<string, unknown>
    const token = typeof data.token === "string" ? data.token : ""
    if (!token) {
      throw new EskizError(`Eskiz returned no token: ${describe(body)}`, 200)
    }
    const stored = {
      token,
      expiresAt: jwtExpiry(token) ?? new Date(Date.now() + TOKEN_LIFETIME_MS),
    }
    await this.store.set(this.storeKey, stored)
    return stored
  }

  private async request(
    method: string,
    path: string,
    form?: URLSearchParams,
    token?: string
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const headers: Record<string, string> = { Accept: "application/json" }
    if (token) {
      headers.Authorization = `Bearer ${token}`
    }
    if (form) {
      headers["Content-Type"] = "application/x-www-form-urlencoded"
    }
    let res: Response
    try {
      res = await fetch(`${this.config.apiUrl}${path}`, {
        method,
        headers,
        body: form?.toString(),
        signal: AbortSignal.timeout(this.config.timeoutMs),
      })
    } catch (e) {
      const err = e as Error
      const reason =
        err.name === "TimeoutError"
          ? `timed out after ${this.config.timeoutMs} ms`
          : err.message
      throw new EskizError(`Eskiz ${method} ${path} ${reason}`, 0)
    }
    const text = await res.text()
    let body: Record<string, unknown> = {}
    try {
      body = text ? (JSON.parse(text) as Record<string, unknown>) : {}
    } catch {
      body = { message: text.slice(0, 200) }
    }
    return { status: res.status, body }
  }
}

function describe(body: Record<string, unknown>): string {
  const parts = [body.status, body.message].filter(
    (v) => v !== undefined && v !== null
  )
  return parts.length
    ? parts
        .map((p) => (typeof p === "string" ? p : JSON.stringify(p)))
        .join(" – ")
    : "no details"
}

/** The `exp` claim of a JWT, when it has one. */
function jwtExpiry(token: string): Date | null {
  const payload = token.split(".")[1]
  if (!payload) {
    return null
  }
  try {
    const claims = JSON.parse(
      Buffer.from(payload, "base64url").toString("utf8")
    ) as { exp?: unknown }
    return typeof claims.exp === "number" ? new Date(claims.exp * 1000) : null
  } catch {
    return null
  }
}
