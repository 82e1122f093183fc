import { JWT } from "google-auth-library"
import type { FcmSendResult } from "./types"

/** Google's token endpoint: the `aud` of every service-account assertion. */
export const GOOGLE_TOKEN_URL = "https://oauth2.googleapis.com/token"
/** The OAuth scope FCM's HTTP v1 API requires. */
export const FCM_SCOPE = "https://www.googleapis.com/auth/firebase.messaging"

export type FcmMessage = {
  token: string
  notification?: { title?: string; body?: string }
  /** FCM data values must be strings. */
  data?: Record<string, string>
}

/**
 * FCM HTTP v1 (`POST /v1/projects/{project}/messages:send`), authenticated
 * with an OAuth 2.0 access token that google-auth-library's JWT client gets
 * for the service account (signed assertion, cached until it expires).
 */
export class FcmClient {
  protected readonly auth_: JWT
  protected readonly sendUrl_: string

  constructor(
    protected readonly options: {
      projectId: string
      clientEmail: string
      privateKey: string
      apiUrl: string
      tokenUrl?: string
      timeoutMs: number
    }
  ) {
    this.auth_ = new JWT({
      email: options.clientEmail,
      key: options.privateKey,
      scopes: [FCM_SCOPE],
    })
    const tokenUrl = options.tokenUrl
    if (tokenUrl && tokenUrl !== GOOGLE_TOKEN_URL) {
      // The library posts to Google's endpoint; its transporter's request
      // interceptors are its supported hook to send that request elsewhere
      // (a private proxy, a test fake). The assertion keeps Google's audience.
      this.auth_.transporter.interceptors.request.add({
        resolved: async (request) => {
          if (String(request.url) === GOOGLE_TOKEN_URL) {
            request.url = new URL(tokenUrl)
          }
          return request
        },
      })
    }
    this.sendUrl_ = `${options.apiUrl}/v1/projects/${encodeURIComponent(options.projectId)}/messages:send`
  }

  /** A valid access token (cached by the library until shortly before it expires). */
  async accessToken(): Promise<string> {
    const { token } = await this.auth_.getAccessToken()
    if (!token) {
      throw new Error("Google returned no access token")
    }
    return token
  }

  /** Sends one message to one device; never throws for an FCM answer. */
  async send(message: FcmMessage, accessToken: string): Promise<FcmSendResult> {
    let response: Response
    try {
      response = await fetch(this.sendUrl_, {
        method: "POST",
        headers: {
          Authorization: `Bearer ${accessToken}`,
          "Content-Type": "application/json; charset=UTF-8",
        },
        body: JSON.stringify({ message }),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      })
    } catch (e) {
      return {
        ok: false,
        status: 0,
        code: "NETWORK",
        message: (e as Error).message,
        retriable: true,
      }
    }
    const body = (await response.json().catch(() => null)) as {
      name?: string
      error?: {
        code?: number
        message?: string
        status?: string
        details?: { "@type"?: string; errorCode?: string }[]
      }
    } | null
    if (response.ok && typeof body?.name === "string") {
      return { ok: true, name: body.name }
    }
    // https://firebase.google.com/docs/reference/fcm/rest/v1/ErrorCode
    const fcmError = body?.error?.details?.find((d) =>
      String(d["@type"] ?? "").endsWith("google.firebase.fcm.v1.FcmError")
    )
    const code =
      fcmError?.errorCode ?? body?.error?.status ?? `HTTP_${response.status}`
    return {
      ok: false,
      status: response.status,
      code,
      message: body?.error?.message ?? response.statusText,
      retriable: response.status === 429 || response.status >= 500,
    }
  }
}
