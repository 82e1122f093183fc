import { z } from "@medusajs/framework/zod"

export const StoreRateDelivery = z
  .object({
    rating: z.number().int().min(1).max(5),
    comment: z.string().trim().max(1000).optional(),
  })
  .strict()
export type StoreRateDeliveryType = z.infer<typeof StoreRateDelivery>
