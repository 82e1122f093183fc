/** Options of the `notification-fcm` provider (`@medusajs/medusa/notification` providers). */
export type FcmOptions = {
  /** Channels it serves: `["push"]`. */
  channels?: string[]
  /** Firebase project id: messages go to `projects/<projectId>/messages:send`. */
  projectId: string
  /** The service account's `client_email`. */
  clientEmail: string
  /** The service account's `private_key` (PEM). Never logged. */
  privateKey: string
  /** FCM API base URL. Defaults to `https://fcm.googleapis.com` (tests point it at a local fake). */
  apiUrl?: string
  /**
   * Google's OAuth 2.0 token endpoint. Defaults to `https://oauth2.googleapis.com/token`,
   * the audience of the signed assertion either way (tests point it at a local fake).
   */
  tokenUrl?: string
  /** Timeout of one FCM request, ms. Defaults to 10000. */
  timeoutMs?: number
  /** Devices messaged at once for one notification. Defaults to 10. */
  concurrency?: number
}

/** A device the provider sends to (a row of the push plugin's `push_device` table). */
export type FcmDevice = {
  id: string
  token: string
  platform: string
  locale: string | null
}

/** What FCM answered for one device. */
export type FcmSendResult =
  | { ok: true; name: string }
  | {
      ok: false
      /** HTTP status, 0 for a network error or timeout. */
      status: number
      /** FcmError `errorCode` (`UNREGISTERED`, `QUOTA_EXCEEDED`…) or the google.rpc status. */
      code: string
      message: string
      /** 429, 5xx, network: sending later may work. */
      retriable: boolean
    }
