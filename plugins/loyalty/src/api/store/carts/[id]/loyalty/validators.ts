import { z } from "@medusajs/framework/zod"

export const StoreApplyLoyaltyPoints = z
  .object({
    /** Points to spend; fewer are applied when the cap allows less. */
    points: z.number().int().positive().max(1_000_000_000),
  })
  .strict()
export type StoreApplyLoyaltyPointsType = z.infer<
  typeof StoreApplyLoyaltyPoints
>
