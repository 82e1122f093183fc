import { z } from "@medusajs/framework/zod"
import { createBoundedFindParams } from "../../../utils/find-params"
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  NOTIFICATION_LOCALES,
} from "../../../modules/notification-templates/types"

/** Body of `POST /admin/notification-templates`: creates or replaces the override for (event, channel, locale). */
export const AdminUpsertNotificationTemplate = z
  .object({
    event: z.enum(NOTIFICATION_KINDS),
    channel: z.enum(NOTIFICATION_CHANNELS),
    locale: z.enum(NOTIFICATION_LOCALES),
    subject: z.string().trim().min(1).max(200).nullish(),
    body: z.string().trim().min(1).max(5000),
    html: z.string().min(1).max(50000).nullish(),
  })
  .strict()

export type AdminUpsertNotificationTemplateType = z.infer<
  typeof AdminUpsertNotificationTemplate
>

export const AdminGetNotificationTemplatesParams = createBoundedFindParams({
  limit: 50,
  offset: 0,
}).merge(
  z
    .object({
      event: z.enum(NOTIFICATION_KINDS).optional(),
      channel: z.enum(NOTIFICATION_CHANNELS).optional(),
      locale: z.enum(NOTIFICATION_LOCALES).optional(),
    })
    .strict()
)

export type AdminGetNotificationTemplatesParamsType = z.infer<
  typeof AdminGetNotificationTemplatesParams
>
