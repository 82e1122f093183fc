import { z } from "@medusajs/framework/zod"

/** The highest `target_price` accepted (major units), far above any real price. */
export const MAX_TARGET_PRICE = 1_000_000_000_000

/**
 * A target price: positive, finite, at most {@link MAX_TARGET_PRICE} and with
 * at most 2 decimals (the largest exponent of the store's currencies: so'm
 * and dollars). Issue #14: `1e20` used to be accepted.
 */
const targetPrice = z
  .number()
  .finite()
  .positive()
  .max(MAX_TARGET_PRICE)
  .multipleOf(0.01, { message: "At most 2 decimal places are allowed." })

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
    target_price: targetPrice.nullable().optional(),
    back_in_stock_alert: z.boolean().optional(),
  })
  .strict()
export type StoreAddWishlistItemType = z.infer<typeof StoreAddWishlistItem>

export const StoreUpdateWishlistItem = z
  .object({
    sales_channel_id: z.string().min(1).optional(),
    price_drop_alert: z.boolean().optional(),
    target_price: targetPrice.nullable().optional(),
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
