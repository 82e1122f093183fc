import { randomUUID } from "node:crypto"
import {
  AbstractNotificationProviderService,
  MedusaError,
} from "@medusajs/framework/utils"
import type {
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"
import { EskizClient } from "./client"
import { PlayMobileClient } from "./playmobile"
import { DbTokenStore, PgConnection } from "./token-store"
import { EskizOptions } from "./types"
import { countSmsSegments, maskPhone, normalizeUzPhone } from "@bozor/uz-utils"
import { eskizCallbackUrl } from "../../utils/callback-token"

type InjectedDependencies = {
  logger: Logger
  __pg_connection__: PgConnection
}

/**
 * SMS through Eskiz.uz, falling back to PlayMobile when Eskiz fails. The
 * returned id is `eskiz:<request id>` or `playmobile:<message-id>`, so the
 * notification's `external_id` records which route delivered it.
 */
export class EskizNotificationProviderService extends AbstractNotificationProviderService {
  static identifier = "notification-eskiz"

  protected readonly options_: EskizOptions
  protected readonly logger_: Logger
  protected readonly eskiz_: EskizClient
  protected readonly playmobile_?: PlayMobileClient

  static validateOptions(options: Record<string, unknown>) {
    for (const key of ["email", "password"]) {
      if (typeof options[key] !== "string" || !options[key]) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Option \`${key}\` is required`
        )
      }
    }
    for (const key of ["apiUrl", "callbackUrl"]) {
      if (options[key] !== undefined && !isHttpUrl(options[key])) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Option \`${key}\` must be an http(s) URL`
        )
      }
    }
    if (options.callbackUrl !== undefined) {
      // The secret travels in the path as a per-message HMAC, never as a query.
      const url = new URL(options.callbackUrl as string)
      if (url.search || url.hash) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "Option `callbackUrl` must be the bare status URL (no query string): the per-message token is appended to its path"
        )
      }
      const secret = options.callbackSecret
      if (typeof secret !== "string" || secret.length < 16) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "Option `callbackSecret` is required with `callbackUrl` and must be at least 16 characters"
        )
      }
    }
    for (const key of ["timeoutMs", "refreshBeforeSeconds"]) {
      const v = options[key]
      if (
        v !== undefined &&
        (typeof v !== "number" || !Number.isFinite(v) || v <= 0)
      ) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Option \`${key}\` must be a positive number`
        )
      }
    }
    const pm = options.playmobile
    if (pm !== undefined) {
      if (typeof pm !== "object" || pm === null) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "Option `playmobile` must be an object"
        )
      }
      const p = pm as Record<string, unknown>
      for (const key of ["login", "password"]) {
        if (typeof p[key] !== "string" || !p[key]) {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `Option \`playmobile.${key}\` is required`
          )
        }
      }
      if (p.apiUrl !== undefined && !isHttpUrl(p.apiUrl)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "Option `playmobile.apiUrl` must be an http(s) URL"
        )
      }
    }
  }

  constructor(
    { logger, __pg_connection__ }: InjectedDependencies,
    options: EskizOptions
  ) {
    super()
    this.options_ = options
    this.logger_ = logger
    const timeoutMs = options.timeoutMs ?? 10_000
    this.eskiz_ = new EskizClient(
      {
        apiUrl: (options.apiUrl ?? "https://notify.eskiz.uz/api").replace(
          /\/+$/,
          ""
        ),
        email: options.email,
        password: options.password,
        timeoutMs,
        refreshBeforeSeconds: options.refreshBeforeSeconds ?? 24 * 3600,
      },
      new DbTokenStore(__pg_connection__),
      logger
    )
    if (options.playmobile) {
      this.playmobile_ = new PlayMobileClient(options.playmobile, timeoutMs)
    }
  }

  async send(
    notification: ProviderSendNotificationDTO
  ): Promise<ProviderSendNotificationResultsDTO> {
    const text =
      notification.content?.text ?? stringOrUndefined(notification.data?.text)
    if (!text) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `SMS notification (template ${notification.template}) has no text: pass content.text`
      )
    }
    // Throws INVALID_DATA before any request: no route can deliver it.
    const phone = normalizeUzPhone(notification.to)
    const masked = maskPhone(phone)
    const segments = countSmsSegments(text)
    const notificationId =
      "id" in notification && typeof notification.id === "string"
        ? notification.id
        : undefined
    const ref = notificationId ?? randomUUID()
    // Only a stored notification can be matched by its callback.
    const callbackUrl =
      this.options_.callbackUrl &&
      this.options_.callbackSecret &&
      notificationId
        ? eskizCallbackUrl(
            this.options_.callbackUrl,
            this.options_.callbackSecret,
            notificationId
          )
        : undefined

    try {
      const { id } = await this.eskiz_.send({
        phone,
        message: text,
        from: this.options_.from ?? "4546",
        callbackUrl,
      })
      this.logger_.info(
        `[eskiz] sent ${ref} to ${masked} (${segments.segments} × ${segments.encoding}), request ${id}`
      )
      return { id: `eskiz:${id}` }
    } catch (e) {
      const eskizError = (e as Error).message
      if (!this.playmobile_) {
        this.logger_.warn(
          `[eskiz] ${ref} to ${masked} failed, no fallback configured: ${eskizError}`
        )
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `Eskiz: ${eskizError}`
        )
      }
      this.logger_.warn(
        `[eskiz] ${ref} to ${masked} failed, falling back to PlayMobile: ${eskizError}`
      )
      try {
        const { id } = await this.playmobile_.send({
          phone,
          message: text,
          messageId: ref.replace(/[^A-Za-z0-9]/g, ""),
        })
        this.logger_.info(
          `[playmobile] sent ${ref} to ${masked}, message-id ${id}`
        )
        return { id: `playmobile:${id}` }
      } catch (pe) {
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `Eskiz: ${eskizError}; PlayMobile: ${(pe as Error).message}`
        )
      }
    }
  }
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

function stringOrUndefined(v: unknown): string | undefined {
  return typeof v === "string" && v ? v : undefined
}
