import { z } from "@medusajs/framework/zod"
import { createBoundedFindParams } from "../../../utils/find-params"
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_LOCALES,
} from "../../../modules/notification-templates/types"

/** A kind's name (snake_case, ≤ 64); whether the store knows it is checked by the workflow (400 if not). */
const kind = z
  .string()
  .max(64)
  .regex(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, "must be a snake_case kind")

/** Body of `POST /admin/notification-templates`: creates or replaces the override for (event, channel, locale). */
export const AdminUpsertNotificationTemplate = z
  .object({
    event: kind,
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
      event: kind.optional(),
      channel: z.enum(NOTIFICATION_CHANNELS).optional(),
      locale: z.enum(NOTIFICATION_LOCALES).optional(),
    })
    .strict()
)

export type AdminGetNotificationTemplatesParamsType = z.infer<
  typeof AdminGetNotificationTemplatesParams
>

/** Query of `GET /admin/notification-templates/kinds`. */
export const AdminGetNotificationKindsParams = z
  .object({
    offset: z.preprocess(
      (v) => (typeof v === "string" && v !== "" ? Number(v) : v),
      z.number().int().min(0).max(10000).optional().default(0)
    ),
    limit: z.preprocess(
      (v) => (typeof v === "string" && v !== "" ? Number(v) : v),
      z.number().int().min(1).max(100).optional().default(50)
    ),
  })
  .strict()

export type AdminGetNotificationKindsParamsType = z.infer<
  typeof AdminGetNotificationKindsParams
>

/** Body of `POST /admin/notification-templates/preview`: a draft text to render with sample values. */
export const AdminPreviewNotificationTemplate = z
  .object({
    event: kind,
    channel: z.enum(NOTIFICATION_CHANNELS),
    locale: z.enum(NOTIFICATION_LOCALES),
    subject: z.string().max(200).nullish(),
    body: z.string().min(1).max(5000),
    html: z.string().max(50000).nullish(),
  })
  .strict()

export type AdminPreviewNotificationTemplateType = z.infer<
  typeof AdminPreviewNotificationTemplate
>
