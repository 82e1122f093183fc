import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WISHLIST_MODULE } from "../../../modules/wishlist"
import type WishlistModuleService from "../../../modules/wishlist/service"
import type { ItemObservation } from "../../../modules/wishlist/types"
import { loadVariantOffers } from "../utils/variant-offers"

export const collectWishlistObservationsStepId =
  "wishlist-collect-observations-step"

export type CollectObservationsInput = {
  /** Items of these variants (price or inventory events)… */
  variant_ids?: string[]
  /** …or exactly these items (the scheduled check, batch by batch). */
  item_ids?: string[]
}

/**
 * Reads the current price and stock of every watched item (an item with an
 * alert switched on), in the item's own currency and sales channel.
 */
export const collectWishlistObservationsStep = createStep(
  collectWishlistObservationsStepId,
  async (input: CollectObservationsInput, { container }) => {
    const service: WishlistModuleService = container.resolve(WISHLIST_MODULE)
    const scope = input.item_ids
      ? { id: input.item_ids }
      : { product_variant_id: input.variant_ids ?? [] }
    const items = await service.listWishlistItems(
      {
        ...scope,
        $or: [{ price_drop_alert: true }, { back_in_stock_alert: true }],
      },
      {
        select: [
          "id",
          "product_variant_id",
          "region_id",
          "currency_code",
          "wishlist.sales_channel_id",
        ],
        relations: ["wishlist"],
      }
    )
    // One price/stock read per pricing context, not per item.
    const groups = new Map<string, typeof items>()
    for (const item of items) {
      const key = [
        item.region_id ?? "",
        item.currency_code,
        item.wishlist.sales_channel_id,
      ].join("|")
      groups.set(key, [...(groups.get(key) ?? []), item])
    }
    const observations: ItemObservation[] = []
    for (const group of groups.values()) {
      const first = group[0]
      const offers = await loadVariantOffers(
        container,
        [...new Set(group.map((i) => i.product_variant_id))],
        {
          region_id: first.region_id,
          currency_code: first.currency_code,
          sales_channel_id: first.wishlist.sales_channel_id,
        }
      )
      for (const item of group) {
        const offer = offers.get(item.product_variant_id)
        if (offer) {
          observations.push({
            item_id: item.id,
            price: offer.price,
            in_stock: offer.in_stock,
          })
        }
      }
    }
    return new StepResponse(observations)
  }
)
