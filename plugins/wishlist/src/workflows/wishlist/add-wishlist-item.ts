import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { WishlistEvents } from "../../modules/wishlist/events"
import { addWishlistItemStep } from "./steps/add-wishlist-item"
import { getOrCreateWishlistStep } from "./steps/get-or-create-wishlist"
import { getVariantOfferStep } from "./steps/get-variant-offer"
import { validateVariantInChannelStep } from "./steps/validate-variant-in-channel"
import type { AlertSettings, WishlistActor } from "./types"

export const addWishlistItemWorkflowId = "wishlist-add-item"

export type AddWishlistItemWorkflowInput = WishlistActor &
  AlertSettings & { variant_id: string; region_id?: string | null }

/** Saves a variant to the customer's wishlist of the sales channel (once). */
export const addWishlistItemWorkflow = createWorkflow(
  addWishlistItemWorkflowId,
  (input: AddWishlistItemWorkflowInput) => {
    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: ["id", "product_id", "product.sales_channels.id"],
      filters: { id: input.variant_id },
      options: { throwIfKeyNotFound: true },
    })
    const variant = transform({ variants }, ({ variants }) => variants[0])
    validateVariantInChannelStep({
      variant,
      sales_channel_id: input.sales_channel_id,
    })

    const offer = getVariantOfferStep({
      variant_id: input.variant_id,
      customer_id: input.customer_id,
      region_id: input.region_id,
      sales_channel_id: input.sales_channel_id,
    })
    const wishlist = getOrCreateWishlistStep({
      customer_id: input.customer_id,
      sales_channel_id: input.sales_channel_id,
    })
    const alerts = transform({ input }, ({ input }) => ({
      price_drop_alert: input.price_drop_alert ?? false,
      target_price: input.target_price ?? null,
      back_in_stock_alert: input.back_in_stock_alert ?? false,
    }))
    const item = addWishlistItemStep({
      wishlist_id: wishlist.id,
      offer,
      alerts,
    })

    emitEventStep({
      eventName: WishlistEvents.ITEM_ADDED,
      data: transform({ item, input }, ({ item, input }) => ({
        id: item.id,
        customer_id: input.customer_id,
        product_variant_id: input.variant_id,
      })),
    })
    return new WorkflowResponse(item)
  }
)
