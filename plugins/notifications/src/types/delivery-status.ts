import { z } from "@medusajs/framework/zod"

/** The event an SMS/e-mail provider plugin emits when it learns what happened to a message. */
export const NOTIFICATION_DELIVERY_STATUS_REPORTED_EVENT =
  "notification.delivery_status_reported"

/**
 * Statuses after which nothing changes any more: normalised ones, and the
 * provider codes Eskiz reports (uz-providers spec §3). A provider may report
 * either; the status is recorded as given.
 */
export const FINAL_DELIVERY_STATUSES = [
  "delivered",
  "failed",
  "expired",
  "rejected",
  "DELIVRD",
  "DELIVERED",
  "UNDELIV",
  "UNDELIVERABLE",
  "EXPIRED",
  "REJECTD",
  "REJECTED",
  "DELETED",
]

/**
 * Payload of `notification.delivery_status_reported` (the provider plugin
 * never imports this plugin). The message is found by the notification's
 * `external_id`, which the provider's `send()` returned as `<provider>:<id>`.
 */
export type NotificationDeliveryStatusReport = {
  /** The provider plugin, e.g. `eskiz`: the prefix of the notification's `external_id`. */
  provider: string
  /** The provider's id of the message (Eskiz `request_id`), without the prefix. */
  external_id: string
  /** `delivered`, `failed`… or the provider's own code (`DELIVRD`, `UNDELIV`, `ENROUTE`), recorded as given. */
  status: string
  /** When it happened (ISO 8601 with a zone), or null when the provider does not say. */
  status_at?: string | null
  /** Why it failed, in the provider's words (logged). */
  reason?: string | null
  /** SMS parts billed. */
  sms_count?: number | null
  /** When the provider knows it (a per-message callback URL): must be the message found. */
  notification_id?: string | null
}

/** Checks a `notification.delivery_status_reported` payload. */
export const NotificationDeliveryStatusReportSchema = z
  .object({
    provider: z
      .string()
      .max(40)
      .regex(/^[a-z][a-z0-9-]*$/, "provider must be lower-case"),
    external_id: z.string().trim().min(1).max(200),
    status: z
      .string()
      .max(40)
      .regex(/^[A-Za-z][A-Za-z_-]*$/, "status must be a word"),
    status_at: z.iso.datetime({ offset: true }).nullish(),
    reason: z.string().max(500).nullish(),
    sms_count: z.number().int().min(0).max(100).nullish(),
    notification_id: z.string().trim().min(1).max(200).nullish(),
  })
  .strict()
