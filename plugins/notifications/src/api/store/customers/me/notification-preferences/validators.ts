import { z } from "@medusajs/framework/zod"

/** Opt-outs per channel (SMS, e-mail) and kind (transactional, marketing); omitted fields stay as they are. */
export const StoreUpdateNotificationPreferences = z
  .object({
    sms_transactional: z.boolean().optional(),
    sms_marketing: z.boolean().optional(),
    email_transactional: z.boolean().optional(),
    email_marketing: z.boolean().optional(),
    push_marketing: z.boolean().optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, {
    message: "Set at least one preference.",
  })

export type StoreUpdateNotificationPreferencesType = z.infer<
  typeof StoreUpdateNotificationPreferences
>
