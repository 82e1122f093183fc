import { z } from "@medusajs/framework/zod"
import { createBoundedFindParams } from "../../../../../utils/find-params"
import { MAX_ADJUSTMENT_POINTS } from "../../../../../modules/loyalty/options"

export const AdminGetCustomerLoyaltyParams = createBoundedFindParams({
  limit: 20,
  offset: 0,
}).strict()
export type AdminGetCustomerLoyaltyParamsType = z.infer<
  typeof AdminGetCustomerLoyaltyParams
>

export const AdminCreateLoyaltyAdjustment = z
  .object({
    /**
     * Signed points: a credit or a debit (never below a zero balance), at
     * most 10 000 000 either way.
     */
    points: z
      .number()
      .int()
      .min(-MAX_ADJUSTMENT_POINTS)
      .max(MAX_ADJUSTMENT_POINTS)
      .refine((n) => n !== 0, "points must not be 0"),
    reason: z.string().trim().min(3).max(500),
    /** Optional: the same key never adjusts twice. */
    idempotency_key: z.string().min(1).max(200).optional(),
  })
  .strict()
export type AdminCreateLoyaltyAdjustmentType = z.infer<
  typeof AdminCreateLoyaltyAdjustment
>
