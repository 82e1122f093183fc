import { z } from "@medusajs/framework/zod"
import { createBoundedFindParams } from "../../../../../utils/find-params"

export const AdminGetCustomerLoyaltyParams = createBoundedFindParams({
  limit: 20,
  offset: 0,
}).strict()
export type AdminGetCustomerLoyaltyParamsType = z.infer<
  typeof AdminGetCustomerLoyaltyParams
>

export const AdminCreateLoyaltyAdjustment = z
  .object({
    /** Signed points: a credit or a debit (never below a zero balance). */
    points: z
      .number()
      .int()
      .refine((n) => n !== 0, "points must not be 0")
      .refine((n) => Math.abs(n) <= 100_000_000, "points is too large"),
    reason: z.string().trim().min(3).max(500),
    /** Optional: the same key never adjusts twice. */
    idempotency_key: z.string().min(1).max(200).optional(),
  })
  .strict()
export type AdminCreateLoyaltyAdjustmentType = z.infer<
  typeof AdminCreateLoyaltyAdjustment
>
