/** Options of the `notification-smtp` provider (channel `email`). */
export type SmtpOptions = {
  /** SMTP server host. */
  host: string
  /** SMTP port. Defaults to 587 (465 when `secure`). */
  port?: number
  /** Use implicit TLS (port 465). Defaults to false (STARTTLS when offered). */
  secure?: boolean
  /** SMTP user, when the server needs authentication. */
  user?: string
  /** SMTP password. */
  password?: string
  /** Sender, e.g. `"Bozor <no-reply@bozor.uz>"`. */
  from: string
  /** Refuse to send unless the connection is TLS-protected. Defaults to false. */
  requireTLS?: boolean
  /** Connection / greeting / socket timeout in milliseconds. Defaults to 10 000. */
  timeoutMs?: number
}
