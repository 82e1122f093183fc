/** PlayMobile (smsxabar.uz broker-api) credentials for the fallback route (uz-providers spec §4). */
export type PlayMobileOptions = {
  /** Basic-auth login issued by PlayMobile. */
  login: string
  /** Basic-auth password issued by PlayMobile. */
  password: string
  /** Sender name (`originator`). Defaults to `3700`. */
  originator?: string
  /** Base URL of the broker API. Defaults to `https://send.smsxabar.uz/broker-api`. */
  apiUrl?: string
}

/** Options of the `notification-eskiz` provider (channel `sms`). */
export type EskizOptions = {
  /** Eskiz account e-mail (login). */
  email: string
  /** Eskiz account password. */
  password: string
  /** Approved sender id (`from`). Defaults to Eskiz's test sender `4546`. */
  from?: string
  /** Base URL of the Eskiz API. Defaults to `https://notify.eskiz.uz/api`. */
  apiUrl?: string
  /**
   * Public base URL of the delivery callback, `https://<backend>/hooks/eskiz/status`
   * (no query string). Each SMS is sent with `callback_url` =
   * `<callbackUrl>/<notification id>/<token>`.
   */
  callbackUrl?: string
  /**
   * Secret (at least 16 characters) the per-message callback token is an
   * HMAC-SHA256 under. Required with `callbackUrl`; the Eskiz plugin's own
   * `callbackSecret` option (which checks the callbacks) must be the same value.
   */
  callbackSecret?: string
  /** Per-request timeout in milliseconds. Defaults to 10 000. */
  timeoutMs?: number
  /** Refresh the cached token when it expires within this many seconds. Defaults to 1 day. */
  refreshBeforeSeconds?: number
  /** Fallback route used when Eskiz fails (5xx, timeout, rejection). */
  playmobile?: PlayMobileOptions
}

/** Which route delivered a message; prefixes the notification's `external_id`. */
export type SmsRoute = "eskiz" | "playmobile"
