import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { WishlistActor } from "../../../../../workflows/wishlist/types"

/**
 * The customer and the sales channel a wishlist request is about: the
 * publishable key's channel, or the `sales_channel_id` given, which must be
 * one of the key's channels.
 */
export function wishlistActor(
  req: AuthenticatedMedusaRequest,
  requested?: string
): WishlistActor {
  const channels = req.publishable_key_context?.sales_channel_ids ?? []
  let sales_channel_id = requested
  if (requested && !channels.includes(requested)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Sales channel ${requested} is not one of the publishable key's sales channels.`
    )
  }
  if (!sales_channel_id) {
    if (channels.length !== 1) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        channels.length
          ? "The publishable key has several sales channels: pass sales_channel_id."
          : "The publishable key has no sales channel."
      )
    }
    sales_channel_id = channels[0]
  }
  return { customer_id: req.auth_context.actor_id, sales_channel_id }
}
