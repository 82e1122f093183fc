import { z } from "@medusajs/framework/zod"

export const AdminGetWishlistStats = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(10),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminGetWishlistStatsType = z.infer<typeof AdminGetWishlistStats>

export const AdminGetWishlistAlerts = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    kind: z.enum(["price_drop", "back_in_stock"]).optional(),
  })
  .strict()
export type AdminGetWishlistAlertsType = z.infer<typeof AdminGetWishlistAlerts>
