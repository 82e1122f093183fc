import { z } from "@medusajs/framework/zod"

/** Eskiz delivery callback body (uz-providers spec §3). Eskiz sends numbers as strings. */
export const EskizStatusCallback = z
  .object({
    request_id: z.string().min(1),
    message_id: z.union([z.string(), z.number()]).optional(),
    user_sms_id: z.string().nullish(),
    country: z.string().optional(),
    phone_number: z.string().optional(),
    sms_count: z.coerce.number().int().nonnegative().optional(),
    status: z.string().regex(/^[A-Za-z_]+$/),
    status_date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
      .optional(),
  })
  .strict()

export type EskizStatusCallbackType = z.infer<typeof EskizStatusCallback>
