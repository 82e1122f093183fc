import type { LoaderOptions } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import type { NotificationDeliveryModuleOptions } from "../types"

const optionsSchema = z
  .object({
    eskizCallbackSecret: z.string().min(16).max(500).optional(),
  })
  .strict()

/** Parses the module's options; a bad one stops the start-up, named. */
export function validateNotificationDeliveryOptions(
  options: NotificationDeliveryModuleOptions = {}
): NotificationDeliveryModuleOptions {
  // Medusa adds its own `database` connection settings to every module's options.
  const { database: _database, ...own } = options as typeof options & {
    database?: unknown
  }
  const parsed = optionsSchema.safeParse(own)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Option \`${issue.path.join(".") || "options"}\` of the notificationDelivery module is invalid: ${issue.message}.`
    )
  }
  return parsed.data
}

export default async function validateOptionsLoader({
  options,
}: LoaderOptions<NotificationDeliveryModuleOptions>) {
  validateNotificationDeliveryOptions(options ?? {})
}
