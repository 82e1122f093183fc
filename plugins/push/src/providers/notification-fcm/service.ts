import {
  AbstractNotificationProviderService,
  MedusaError,
} from "@medusajs/framework/utils"
import type {
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"
import { FcmClient, type FcmMessage, GOOGLE_TOKEN_URL } from "./client"
import { DeviceStore, type PgConnection } from "./device-store"
import type { FcmDevice, FcmOptions, FcmSendResult } from "./types"

type InjectedDependencies = {
  logger: Logger
  __pg_connection__: PgConnection
}

type PushText = { title?: string; body: string }

/**
 * Push messages through Firebase Cloud Messaging's HTTP v1 API (channel
 * `push`). A notification's `to` is the customer id: one message goes to
 * each of the customer's registered devices, in the device's language when
 * the notification carries `data.push_texts` per locale. A device whose
 * token FCM reports `UNREGISTERED` is removed.
 *
 * Outcome: `fcm:<message name>[,…]` when at least one device got it;
 * `fcm:no-devices` when the customer has none (nothing to deliver, nothing
 * to retry); an error (row `failure`, retried by the caller's retry job)
 * when no device got it and some failed — 429 and 5xx are temporary.
 * Devices that failed while others succeeded are logged, not retried, so a
 * retry never sends a second copy to the devices that got the first.
 */
export class FcmNotificationProviderService extends AbstractNotificationProviderService {
  static identifier = "notification-fcm"

  protected readonly logger_: Logger
  protected readonly client_: FcmClient
  protected readonly devices_: DeviceStore
  protected readonly concurrency_: number

  static validateOptions(options: Record<string, unknown>) {
    for (const key of ["projectId", "clientEmail", "privateKey"]) {
      if (typeof options[key] !== "string" || !options[key]) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Option \`${key}\` is required`
        )
      }
    }
    if (!/^[a-z0-9-]{1,64}$/.test(options.projectId as string)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Option `projectId` must be a Firebase project id (lower-case letters, digits, dashes)"
      )
    }
    if (!String(options.privateKey).includes("PRIVATE KEY-----")) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Option `privateKey` must be the service account's PEM private key"
      )
    }
    for (const key of ["apiUrl", "tokenUrl"]) {
      if (options[key] !== undefined && !isHttpUrl(options[key])) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Option \`${key}\` must be an http(s) URL`
        )
      }
    }
    for (const [key, max] of [
      ["timeoutMs", 120_000],
      ["concurrency", 100],
    ] as const) {
      const v = options[key]
      if (
        v !== undefined &&
        (typeof v !== "number" || !Number.isInteger(v) || v < 1 || v > max)
      ) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Option \`${key}\` must be an integer from 1 to ${max}`
        )
      }
    }
  }

  constructor(
    { logger, __pg_connection__ }: InjectedDependencies,
    options: FcmOptions
  ) {
    super()
    this.logger_ = logger
    this.client_ = new FcmClient({
      projectId: options.projectId,
      clientEmail: options.clientEmail,
      privateKey: options.privateKey,
      apiUrl: (options.apiUrl ?? "https://fcm.googleapis.com").replace(
        /\/+$/,
        ""
      ),
      tokenUrl: options.tokenUrl ?? GOOGLE_TOKEN_URL,
      timeoutMs: options.timeoutMs ?? 10_000,
    })
    this.devices_ = new DeviceStore(__pg_connection__)
    this.concurrency_ = options.concurrency ?? 10
  }

  async send(
    notification: ProviderSendNotificationDTO
  ): Promise<ProviderSendNotificationResultsDTO> {
    const customerId = notification.to
    const ref =
      "id" in notification && typeof notification.id === "string"
        ? notification.id
        : notification.template
    const fallback = defaultText(notification)
    if (!fallback) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Push notification ${ref} (template ${notification.template}) has no text: pass content.text`
      )
    }
    const devices = await this.devices_.listForCustomer(customerId)
    if (!devices.length) {
      this.logger_.info(
        `[fcm] ${ref}: customer ${customerId} has no registered devices`
      )
      return { id: "fcm:no-devices" }
    }

    let accessToken: string
    try {
      accessToken = await this.client_.accessToken()
    } catch (e) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `FCM: could not get an access token: ${(e as Error).message}`
      )
    }

    const results: { device: FcmDevice; result: FcmSendResult }[] = []
    for (let i = 0; i < devices.length; i += this.concurrency_) {
      const chunk = devices.slice(i, i + this.concurrency_)
      results.push(
        ...(await Promise.all(
          chunk.map(async (device) => ({
            device,
            result: await this.client_.send(
              this.message(notification, device, fallback, ref),
              accessToken
            ),
          }))
        ))
      )
    }

    const sent: string[] = []
    const failed: string[] = []
    for (const { device, result } of results) {
      if (result.ok) {
        sent.push(result.name)
        continue
      }
      if (result.code === "UNREGISTERED") {
        await this.devices_.removeUnregistered(device)
        this.logger_.info(
          `[fcm] ${ref}: device ${device.id} of ${customerId} is unregistered, removed`
        )
        continue
      }
      failed.push(
        `${device.id}: ${result.status} ${result.code} ${result.message}`
      )
    }

    if (sent.length) {
      if (failed.length) {
        this.logger_.warn(
          `[fcm] ${ref}: sent to ${sent.length} of ${devices.length} devices of ${customerId}; not retried: ${failed.join("; ")}`
        )
      } else {
        this.logger_.info(
          `[fcm] ${ref}: sent to ${sent.length} device(s) of ${customerId}`
        )
      }
      return { id: `fcm:${sent.join(",")}` }
    }
    if (failed.length) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `FCM: ${failed.join("; ")}`
      )
    }
    // Every device was unregistered: nothing left to deliver to.
    return { id: "fcm:no-devices" }
  }

  protected message(
    notification: ProviderSendNotificationDTO,
    device: FcmDevice,
    fallback: PushText,
    ref: string
  ): FcmMessage {
    const texts = notification.data?.push_texts as
      Record<string, PushText> | undefined
    const text =
      (device.locale && texts?.[device.locale]?.body
        ? texts[device.locale]
        : undefined) ?? fallback
    const data: Record<string, string> = { template: notification.template }
    if (ref !== notification.template) {
      data.notification_id = ref
    }
    const link = notification.data?.push_link
    if (typeof link === "string" && link) {
      data.link = link
    }
    return {
      token: device.token,
      notification: text.title
        ? { title: text.title, body: text.body }
        : { body: text.body },
      data,
    }
  }
}

/** The notification's own text: `content.subject` as the title, `content.text` as the body. */
function defaultText(n: ProviderSendNotificationDTO): PushText | null {
  const body =
    n.content?.text ?? (typeof n.data?.text === "string" ? n.data.text : "")
  if (!body) {
    return null
  }
  const title =
    n.content?.subject ??
    (typeof n.data?.subject === "string" ? n.data.subject : undefined)
  return { title: title || undefined, body }
}

function isHttpUrl(v: unknown): boolean {
  if (typeof v !== "string") {
    return false
  }
  try {
    return ["http:", "https:"].includes(new URL(v).protocol)
  } catch {
    return false
  }
}
