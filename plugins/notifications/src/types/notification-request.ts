import { z } from "@medusajs/framework/zod"

/** The event a capability emits to have a customer (or the admins) told something. */
export const NOTIFICATION_REQUESTED_EVENT = "notification.requested"

export type NotificationRequestLocale = "uz" | "ru" | "en"

/**
 * Payload of `notification.requested` (the contract every capability uses; it
 * never imports this plugin). Keys are `<kind>:<source_id>:<channel>`: the
 * same request twice sends one message.
 */
export type NotificationRequest = {
  /** Snake_case, at most 64 characters, owned by the capability (e.g. `review_approved`). */
  kind: string
  /** `admins`: an e-mail to every admin user, in the store's admin locale. */
  audience: "customer" | "admins"
  /** The customer told (audience `customer`) or the one the message is about. */
  customer_id?: string | null
  /** The capability event behind it, stored as `trigger_type`. */
  event_name: string
  resource_type: string
  resource_id: string
  /** Idempotency: keys are `<kind>:<source_id>:<channel>`. */
  source_id: string
  /** Values that read the same in every language. */
  variables?: Record<string, string>
  /** Amounts, formatted for the reader's language. */
  money?: Record<string, { amount: string | number; currency_code: string }>
  /** Values that differ per language. */
  localized?: Record<string, Record<NotificationRequestLocale, string>>
  /**
   * Send later (ISO 8601 with a zone, at most a year ahead): the request is
   * kept and sent by the scheduled-notifications job once due, once per
   * `<kind>:<source_id>`. Past or omitted: sent now.
   */
  send_at?: string | null
  /** The capability's own default texts; a merchant override per kind × channel × locale wins. */
  templates: {
    sms?: Record<NotificationRequestLocale, string>
    email?: Record<NotificationRequestLocale, { subject: string; body: string }>
  }
}

const kind = z
  .string()
  .max(64)
  .regex(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, "kind must be snake_case")
const variableName = z
  .string()
  .max(64)
  .regex(/^[a-z][a-z0-9_]*$/, "variable names are snake_case")
const id = z.string().trim().min(1).max(200)
const perLocale = <T extends z.ZodTypeAny>(value: T) =>
  z.object({ uz: value, ru: value, en: value }).strict()
const text = z.string().max(2000)

/** Checks a `notification.requested` payload (bounded sizes, snake_case kind and variables). */
export const NotificationRequestSchema = z
  .object({
    kind,
    audience: z.enum(["customer", "admins"]),
    customer_id: id.nullish(),
    event_name: id,
    resource_type: id,
    resource_id: id,
    source_id: id,
    variables: z.record(variableName, text).optional(),
    money: z
      .record(
        variableName,
        z
          .object({
            amount: z.union([
              z.number().finite(),
              z
                .string()
                .max(40)
                .regex(/^-?\d+(\.\d+)?$/),
            ]),
            currency_code: z.string().regex(/^[a-zA-Z]{3}$/),
          })
          .strict()
      )
      .optional(),
    localized: z.record(variableName, perLocale(text)).optional(),
    send_at: z.iso
      .datetime({ offset: true })
      .refine(
        (v) => Date.parse(v) <= Date.now() + 366 * 24 * 3600 * 1000,
        "send_at must be within a year"
      )
      .nullish(),
    templates: z
      .object({
        sms: perLocale(z.string().trim().min(1).max(1000)).optional(),
        email: perLocale(
          z
            .object({
              subject: z.string().trim().min(1).max(200),
              body: z.string().trim().min(1).max(5000),
            })
            .strict()
        ).optional(),
      })
      .strict()
      .refine((t) => t.sms || t.email, "templates needs sms or email"),
  })
  .strict()
  .refine((r) => r.audience === "admins" || !!r.customer_id, {
    message: "customer_id is required for audience customer",
    path: ["customer_id"],
  })
