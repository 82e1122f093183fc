import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

/** Longest store name: every built-in SMS must still fit two segments with it. */
export const MAX_STORE_NAME_LENGTH = 20

/** Options of `@bozor/medusa-notifications` (`plugins: [{ resolve, options }]`); every module of the plugin gets them. */
export type NotificationsPluginOptions = {
  /**
   * The store's name, the `{{store_name}}` of every message (built-in SMS
   * start with it). 1–20 characters, no braces or line breaks. Defaults to
   * `Bozor`.
   */
  storeName?: string
  /** Language of the e-mails sent to the store's admins: `uz`, `ru` or `en`. Defaults to `uz`. */
  adminLocale?: "uz" | "ru" | "en"
  /** Tries in all for a failed notification (first send + retries), 1–10. Defaults to 4. */
  retryMaxAttempts?: number
  /** Delay before the first retry in seconds (each next one waits twice as long), 10–86400. Defaults to 300. */
  retryBaseDelaySeconds?: number
  /** Failures older than this many hours are left alone, 1–720. Defaults to 48. */
  retryMaxAgeHours?: number
}

export const DEFAULT_NOTIFICATIONS_OPTIONS = {
  storeName: "Bozor",
  adminLocale: "uz",
  retryMaxAttempts: 4,
  retryBaseDelaySeconds: 300,
  retryMaxAgeHours: 48,
} as const

const int = (min: number, max: number, fallback: number) =>
  z.number().int().min(min).max(max).default(fallback)

// Not strict: Medusa adds its own keys (`database`…) to every module's options.
const optionsSchema = z.object({
  storeName: z
    .string()
    .trim()
    .min(1)
    .max(MAX_STORE_NAME_LENGTH)
    // Not a placeholder, no line breaks: it is pasted into every message.
    .regex(/^[^{}\r\n]+$/, "must not contain braces or line breaks")
    .default(DEFAULT_NOTIFICATIONS_OPTIONS.storeName),
  adminLocale: z
    .enum(["uz", "ru", "en"])
    .default(DEFAULT_NOTIFICATIONS_OPTIONS.adminLocale),
  retryMaxAttempts: int(1, 10, DEFAULT_NOTIFICATIONS_OPTIONS.retryMaxAttempts),
  retryBaseDelaySeconds: int(
    10,
    86400,
    DEFAULT_NOTIFICATIONS_OPTIONS.retryBaseDelaySeconds
  ),
  retryMaxAgeHours: int(1, 720, DEFAULT_NOTIFICATIONS_OPTIONS.retryMaxAgeHours),
})

export type ResolvedNotificationsOptions = z.infer<typeof optionsSchema>

/** Parses the plugin's options with their defaults; a bad one stops the start-up, named. */
export function validateNotificationsOptions(
  options: NotificationsPluginOptions = {}
): ResolvedNotificationsOptions {
  const parsed = optionsSchema.safeParse(options ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Option \`${issue.path.join(".") || "options"}\` of @bozor/medusa-notifications is invalid: ${issue.message}.`
    )
  }
  return parsed.data
}
