import nodemailer, { Transporter } from "nodemailer"
import {
  AbstractNotificationProviderService,
  MedusaError,
} from "@medusajs/framework/utils"
import type {
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"
import { SmtpOptions } from "./types"

type InjectedDependencies = { logger: Logger }

/** E-mail over SMTP with nodemailer: HTML and plain-text bodies. */
export class SmtpNotificationProviderService extends AbstractNotificationProviderService {
  static identifier = "notification-smtp"

  protected readonly options_: SmtpOptions
  protected readonly logger_: Logger
  protected readonly transporter_: Transporter

  static validateOptions(options: Record<string, unknown>) {
    for (const key of ["host", "from"]) {
      if (typeof options[key] !== "string" || !options[key]) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Option \`${key}\` is required`
        )
      }
    }
    const port = options.port
    if (
      port !== undefined &&
      (typeof port !== "number" ||
        !Number.isInteger(port) ||
        port <= 0 ||
        port > 65535)
    ) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Option `port` must be a TCP port number"
      )
    }
    if (options.user !== undefined && typeof options.password !== "string") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Option `password` is required when `user` is set"
      )
    }
  }

  constructor({ logger }: InjectedDependencies, options: SmtpOptions) {
    super()
    this.options_ = options
    this.logger_ = logger
    const timeout = options.timeoutMs ?? 10_000
    this.transporter_ = nodemailer.createTransport({
      host: options.host,
      port: options.port ?? (options.secure ? 465 : 587),
      secure: options.secure ?? false,
      requireTLS: options.requireTLS ?? false,
      auth: options.user
        ? { user: options.user, pass: options.password }
        : undefined,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    })
  }

  async send(
    notification: ProviderSendNotificationDTO
  ): Promise<ProviderSendNotificationResultsDTO> {
    const data = notification.data ?? {}
    const subject = notification.content?.subject ?? str(data.subject)
    const text = notification.content?.text ?? str(data.text)
    const html = notification.content?.html ?? str(data.html)
    if (!subject || (!text && !html)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `E-mail notification (template ${notification.template}) needs a subject and a text or HTML body`
      )
    }
    try {
      const info = await this.transporter_.sendMail({
        from: notification.from || this.options_.from,
        to: notification.to,
        subject,
        text,
        html,
        attachments: (notification.attachments ?? []).map((a) => ({
          filename: a.filename,
          content: a.content,
          encoding: "base64",
          contentType: a.content_type,
          cid: a.id,
        })),
      })
      if (info.rejected?.length) {
        throw new Error(`recipient rejected`)
      }
      this.logger_.info(
        `[smtp] sent ${notification.template} e-mail, message ${info.messageId}`
      )
      return { id: info.messageId }
    } catch (e) {
      const err = e as Error & { responseCode?: number }
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `SMTP send failed${err.responseCode ? ` (${err.responseCode})` : ""}: ${err.message}`
      )
    }
  }
}

function str(v: unknown): string | undefined {
  return typeof v === "string" && v ? v : undefined
}
