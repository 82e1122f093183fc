import type { LoaderOptions } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import {
  DEFAULT_NOTIFICATION_TEMPLATES_OPTIONS,
  NOTIFICATION_LOCALES,
  type NotificationTemplatesModuleOptions,
  type ResolvedNotificationTemplatesOptions,
} from "../types"

/** Longest store name: every built-in SMS must still fit two segments with it. */
export const MAX_STORE_NAME_LENGTH = 20

const optionsSchema = z
  .object({
    storeName: z
      .string()
      .trim()
      .min(1)
      .max(MAX_STORE_NAME_LENGTH)
      // Not a placeholder, no line breaks: it is pasted into every message.
      .regex(/^[^{}\r\n]+$/, "must not contain braces or line breaks")
      .default(DEFAULT_NOTIFICATION_TEMPLATES_OPTIONS.storeName),
    adminLocale: z
      .enum(NOTIFICATION_LOCALES)
      .default(DEFAULT_NOTIFICATION_TEMPLATES_OPTIONS.adminLocale),
  })
  .strict()

/** Parses the module's options with their defaults; a bad one stops the start-up, named. */
export function validateNotificationTemplatesOptions(
  options: NotificationTemplatesModuleOptions = {}
): ResolvedNotificationTemplatesOptions {
  // Medusa adds its own `database` connection settings to every module's options.
  const { database: _database, ...own } = options as typeof options & {
    database?: unknown
  }
  const parsed = optionsSchema.safeParse(own)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Option \`${issue.path.join(".") || "options"}\` of the notificationTemplates module is invalid: ${issue.message}.`
    )
  }
  return parsed.data
}

export default async function validateOptionsLoader({
  options,
}: LoaderOptions<NotificationTemplatesModuleOptions>) {
  validateNotificationTemplatesOptions(options ?? {})
}
