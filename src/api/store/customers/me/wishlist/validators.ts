import { z } from "@medusajs/framework/zod"

const money = z.number().nonnegative().finite()

export const StoreGetWishlist = z
  .object({
    /** Show current prices in this region's currency (default: each item's own). */
    region_id: z.string().min(1).optional(),
    /** Needed only when the publishable key has several sales channels. */
    sales_channel_id: z.string().min(1).optional(),
  })
  .strict()
export type StoreGetWishlistType = z.infer<typeof StoreGetWishlist>

export const StoreAddWishlistItem = z
  .object({
    variant_id: z.string().min(1),
    region_id: z.string().min(1).optional(),
    sales_channel_id: z.string().min(1).optional(),
    price_drop_alert: z.boolean().optional(),
    target_price: money.nullable().optional(),
    back_in_stock_alert: z.boolean().optional(),
  })
  .strict()
export type StoreAddWishlistItemType = z.infer<typeof StoreAddWishlistItem>

export const StoreUpdateWishlistItem = z
  .object({
    sales_channel_id: z.string().min(1).optional(),
    price_drop_alert: z.boolean().optional(),
    target_price: money.nullable().optional(),
    back_in_stock_alert: z.boolean().optional(),
  })
  .strict()
export type StoreUpdateWishlistItemType = z.infer<
  typeof StoreUpdateWishlistItem
>

export const StoreWishlistChannel = z
  .object({ sales_channel_id: z.string().min(1).optional() })
  .strict()
export type StoreWishlistChannelType = z.infer<typeof StoreWishlistChannel>
