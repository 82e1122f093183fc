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
  /**
   * Keep a copy of every customer notification in the customer's in-app
   * inbox (a notification on `inboxChannel`, `GET /store/customers/me/notifications`).
   * Needs a provider for that channel (Medusa's `notification-local` on `feed`). Defaults to false.
   */
  inbox?: boolean
  /** Channel of the inbox copies. Defaults to `feed`. */
  inboxChannel?: string
  /**
   * Also send every customer message as a push (to the customer's devices,
   * `to` = the customer id) on `pushChannel`. Needs a push provider such as
   * `@bozor/medusa-push`. Defaults to false.
   */
  push?: boolean
  /** Channel of the pushes. Defaults to `push`. */
  pushChannel?: string
  /**
   * When campaigns hold back messages on some channels: from `start` to `end`
   * (HH:MM, local time of `timeZone`; may cross midnight). Defaults to SMS
   * from 22:00 to 08:00 Asia/Tashkent. `channels: []` turns it off.
   */
  quietHours?: {
    start?: string
    end?: string
    timeZone?: string
    channels?: string[]
  }
  /**
   * Campaign messages handed to the providers per second, per channel
   * (Eskiz allows a few dozen SMS per second per account; keep room for
   * transactional messages, which never wait for campaigns). Defaults to
   * `{ sms: 20, email: 50, push: 200 }`.
   */
  campaignRatePerSecond?: Partial<Record<"sms" | "email" | "push", number>>
  /** Recipients a campaign run claims at once, 1–1000. Defaults to 100. */
  campaignBatchSize?: number
  /** Opt-out line appended to every marketing SMS, per language (`{{store_name}}` allowed). */
  marketingSmsOptOut?: Partial<Record<"uz" | "ru" | "en", string>>
}

export const DEFAULT_NOTIFICATIONS_OPTIONS = {
  storeName: "Bozor",
  adminLocale: "uz",
  retryMaxAttempts: 4,
  retryBaseDelaySeconds: 300,
  retryMaxAgeHours: 48,
  inbox: false,
  inboxChannel: "feed",
  push: false,
  pushChannel: "push",
  quietHours: {
    start: "22:00",
    end: "08:00",
    timeZone: "Asia/Tashkent",
    channels: ["sms"],
  },
  campaignRatePerSecond: { sms: 20, email: 50, push: 200 },
  campaignBatchSize: 100,
  marketingSmsOptOut: {
    uz: "Rad etish: ilovada Sozlamalar > Xabarnomalar",
    ru: "Отписаться: в приложении Настройки > Уведомления",
    en: "Opt out: app Settings > Notifications",
  },
} as const

const hhmm = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be HH:MM (00:00–23:59)")

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone })
    return true
  } catch {
    return false
  }
}

const rate = (fallback: number) =>
  z.number().int().min(1).max(10000).default(fallback)
const optOutLine = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(
    /^[^{}\r\n]*(\{\{store_name\}\}[^{}\r\n]*)*$/,
    "one line, only {{store_name}}"
  )

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
  inbox: z.boolean().default(false),
  inboxChannel: z
    .string()
    .regex(/^[a-z][a-z0-9_-]{0,31}$/, "must be a channel name")
    .default(DEFAULT_NOTIFICATIONS_OPTIONS.inboxChannel),
  push: z.boolean().default(false),
  pushChannel: z
    .string()
    .regex(/^[a-z][a-z0-9_-]{0,31}$/, "must be a channel name")
    .default(DEFAULT_NOTIFICATIONS_OPTIONS.pushChannel),
  quietHours: z
    .object({
      start: hhmm.default(DEFAULT_NOTIFICATIONS_OPTIONS.quietHours.start),
      end: hhmm.default(DEFAULT_NOTIFICATIONS_OPTIONS.quietHours.end),
      timeZone: z
        .string()
        .refine(isTimeZone, "must be an IANA time zone")
        .default(DEFAULT_NOTIFICATIONS_OPTIONS.quietHours.timeZone),
      channels: z
        .array(z.enum(["sms", "email", "push"]))
        .max(3)
        .default(["sms"]),
    })
    .strict()
    .default({
      ...DEFAULT_NOTIFICATIONS_OPTIONS.quietHours,
      channels: ["sms"],
    }),
  campaignRatePerSecond: z
    .object({
      sms: rate(DEFAULT_NOTIFICATIONS_OPTIONS.campaignRatePerSecond.sms),
      email: rate(DEFAULT_NOTIFICATIONS_OPTIONS.campaignRatePerSecond.email),
      push: rate(DEFAULT_NOTIFICATIONS_OPTIONS.campaignRatePerSecond.push),
    })
    .strict()
    .default({ ...DEFAULT_NOTIFICATIONS_OPTIONS.campaignRatePerSecond }),
  campaignBatchSize: int(
    1,
    1000,
    DEFAULT_NOTIFICATIONS_OPTIONS.campaignBatchSize
  ),
  marketingSmsOptOut: z
    .object({
      uz: optOutLine.default(
        DEFAULT_NOTIFICATIONS_OPTIONS.marketingSmsOptOut.uz
      ),
      ru: optOutLine.default(
        DEFAULT_NOTIFICATIONS_OPTIONS.marketingSmsOptOut.ru
      ),
      en: optOutLine.default(
        DEFAULT_NOTIFICATIONS_OPTIONS.marketingSmsOptOut.en
      ),
    })
    .strict()
    .default({ ...DEFAULT_NOTIFICATIONS_OPTIONS.marketingSmsOptOut }),
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
