import { z } from "@medusajs/framework/zod"

const toInteger = (value: unknown) =>
  typeof value === "string" && value !== "" ? Number(value) : value

const page = {
  offset: z.preprocess(
    toInteger,
    z.number().int().min(0).max(10_000_000).default(0)
  ),
  limit: z.preprocess(toInteger, z.number().int().min(1).max(100).default(20)),
}

const perLocale = <T extends z.ZodTypeAny>(value: T) =>
  z.object({ uz: value, ru: value, en: value }).strict()

// Only these placeholders: the campaign's texts are the same for everyone.
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine(
      (t) =>
        [...t.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].every((m) =>
          ["customer_name", "store_name"].includes(m[1])
        ),
      "only {{customer_name}} and {{store_name}} can be used"
    )

/** Body of `POST /admin/notification-campaigns`. */
export const AdminCreateCampaign = z
  .object({
    name: z.string().trim().min(1).max(120),
    audience: z.enum(["marketing", "customer_group"]),
    customer_group_id: z.string().trim().min(1).max(100).nullish(),
    channels: z
      .array(z.enum(["sms", "email", "push"]))
      .min(1)
      .max(3)
      .refine((c) => new Set(c).size === c.length, "channels must be distinct"),
    messages: z
      .object({
        // Two GSM-7 segments minus room for the opt-out line.
        sms: perLocale(text(250)).optional(),
        email: perLocale(
          z.object({ subject: text(200), body: text(5000) }).strict()
        ).optional(),
        push: perLocale(
          z.object({ title: text(65), body: text(240) }).strict()
        ).optional(),
      })
      .strict(),
    /** Start right away (else a draft). */
    start: z.boolean().optional(),
  })
  .strict()

export type AdminCreateCampaignType = z.infer<typeof AdminCreateCampaign>

/** `GET /admin/notification-campaigns`. */
export const AdminListCampaigns = z
  .object({
    ...page,
    status: z
      .enum(["draft", "running", "paused", "completed", "canceled"])
      .optional(),
  })
  .strict()
export type AdminListCampaignsType = z.infer<typeof AdminListCampaigns>

/** `GET /admin/notification-campaigns/:id/recipients`. */
export const AdminListCampaignRecipients = z
  .object({
    ...page,
    status: z
      .enum(["pending", "sending", "sent", "skipped", "failed"])
      .optional(),
    channel: z.enum(["sms", "email", "push"]).optional(),
  })
  .strict()
export type AdminListCampaignRecipientsType = z.infer<
  typeof AdminListCampaignRecipients
>

/** Nothing in the body of the status actions. */
export const AdminCampaignAction = z.object({}).strict()

export const CAMPAIGN_ACTIONS = ["start", "pause", "resume", "cancel"] as const
