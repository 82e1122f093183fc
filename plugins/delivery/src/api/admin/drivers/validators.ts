import { z } from "@medusajs/framework/zod"

export const AdminListDrivers = z
  .object({
    status: z
      .enum(["pending", "under_review", "approved", "rejected"])
      .optional(),
    q: z.string().trim().max(100).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListDriversType = z.infer<typeof AdminListDrivers>

export const AdminUpdateDriver = z.object({ is_active: z.boolean() }).strict()
export type AdminUpdateDriverType = z.infer<typeof AdminUpdateDriver>

export const AdminReviewDriver = z
  .object({
    decision: z.enum(["approve", "reject"]),
    reason: z.string().trim().min(3).max(1000).optional(),
  })
  .strict()
  .refine((b) => b.decision !== "reject" || !!b.reason, {
    message: "A rejection needs a reason",
    path: ["reason"],
  })
export type AdminReviewDriverType = z.infer<typeof AdminReviewDriver>

export const AdminMarkPayoutPaid = z
  .object({ reference: z.string().trim().max(200).optional() })
  .strict()
export type AdminMarkPayoutPaidType = z.infer<typeof AdminMarkPayoutPaid>
