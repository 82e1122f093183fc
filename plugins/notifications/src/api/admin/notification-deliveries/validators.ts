import { z } from "@medusajs/framework/zod"
import { NOTIFICATION_CHANNELS } from "../../../modules/notification-templates/types"

/** `?limit=20` arrives as a string. */
const toInteger = (value: unknown) =>
  typeof value === "string" && value !== "" ? Number(value) : value

export const NOTIFICATION_STATUSES = ["pending", "success", "failure"] as const

/** Query of `GET /admin/notification-deliveries`. */
export const AdminGetNotificationDeliveriesParams = z
  .object({
    offset: z.preprocess(
      toInteger,
      z.number().int().min(0).max(100000).optional().default(0)
    ),
    limit: z.preprocess(
      toInteger,
      z.number().int().min(1).max(100).optional().default(20)
    ),
    status: z.enum(NOTIFICATION_STATUSES).optional(),
    channel: z.enum(NOTIFICATION_CHANNELS).optional(),
  })
  .strict()

export type AdminGetNotificationDeliveriesParamsType = z.infer<
  typeof AdminGetNotificationDeliveriesParams
>
