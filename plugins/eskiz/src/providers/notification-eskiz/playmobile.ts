import { PlayMobileOptions } from "./types"

/** PlayMobile answered with an error, timed out or could not be reached. */
export class PlayMobileError extends Error {
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message)
    this.name = "PlayMobileError"
  }
}

/** PlayMobile (smsxabar.uz broker-api) client, the fallback route (uz-providers spec §4). */
export class PlayMobileClient {
  private readonly apiUrl: string
  private readonly auth: string

  constructor(
    private readonly options: PlayMobileOptions,
    private readonly timeoutMs: number
  ) {
    this.apiUrl = (
      options.apiUrl ?? "https://send.smsxabar.uz/broker-api"
    ).replace(/\/+$/, "")
    this.auth = Buffer.from(`${options.login}:${options.password}`).toString(
      "base64"
    )
  }

  /**
   * Sends one SMS. `messageId` must be unique per message: PlayMobile
   * deduplicates on it, so a retry of the same notification reuses it.
   */
  async send(input: {
    phone: string
    message: string
    messageId: string
  }): Promise<{ id: string }> {
    const payload = {
      messages: [
        {
          recipient: input.phone,
          "message-id": input.messageId,
          sms: {
            originator: this.options.originator ?? "3700",
            content: { text: input.message },
          },
        },
      ],
    }
    let res: Response
    try {
      res = await fetch(`${this.apiUrl}/send`, {
        method: "POST",
        headers: {
          Authorization: `Basic ${this.auth}`,
          "Content-Type": "application/json",
        },
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(this.timeoutMs),
      })
    } catch (e) {
      const err = e as Error
      const reason =
        err.name === "TimeoutError"
          ? `timed out after ${this.timeoutMs} ms`
          : err.message
      throw new PlayMobileError(`PlayMobile send ${reason}`, 0)
    }
    const text = await res.text()
    if (res.status !== 200) {
      let detail = `HTTP ${res.status}`
      try {
        const body = JSON.parse(text) as Record<string, unknown>
        if (body["error-code"] !== undefined) {
          detail += `, error-code ${body["error-code"]}: ${body["error-description"] ?? ""}`
        }
      } catch {
        // 401 and 5xx carry no JSON body (spec §4).
      }
      throw new PlayMobileError(
        `PlayMobile rejected the message: ${detail}`,
        res.status
      )
    }
    return { id: input.messageId }
  }
}
