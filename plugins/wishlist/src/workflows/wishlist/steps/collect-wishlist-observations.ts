import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WISHLIST_MODULE } from "../../../modules/wishlist"
import type WishlistModuleService from "../../../modules/wishlist/service"
import type { ItemObservation } from "../../../modules/wishlist/types"
import {
  customerGroupIds,
  loadVariantPrices,
  loadVariantStock,
  pricingContextKey,
  PricingContextInput,
} from "../utils/variant-offers"

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
 * alert switched on), in the item's own region, currency and sales channel and
 * with its owner's customer groups: the price the owner sees on the product
 * page and in the wishlist, so a group price list counts as a drop for its
 * members only. One price read per distinct pricing context, one stock read
 * per sales channel (never one per item).
 */
export const collectWishlistObservationsStep = createStep(
  collectWishlistObservationsStepId,
  async (input: CollectObservationsInput, { container }) => {
    const service: WishlistModuleService = container.resolve(WISHLIST_MODULE)
    const items = await service.listWatchedItems(
      input.item_ids
        ? { item_ids: input.item_ids }
        : { variant_ids: input.variant_ids ?? [] }
    )
    const groupsOf = await customerGroupIds(
      container,
      items.map((i) => i.customer_id)
    )

    const priceContexts = new Map<
      string,
      { ctx: PricingContextInput; variantIds: Set<string> }
    >()
    const channels = new Map<string, Set<string>>()
    const priceKeyOf = new Map<string, string>()
    for (const item of items) {
      const ctx: PricingContextInput = {
        region_id: item.region_id,
        currency_code: item.currency_code,
        customer_group_ids: groupsOf.get(item.customer_id) ?? [],
      }
      const key = pricingContextKey(ctx)
      priceKeyOf.set(item.id, key)
      const entry = priceContexts.get(key) ?? { ctx, variantIds: new Set() }
      entry.variantIds.add(item.product_variant_id)
      priceContexts.set(key, entry)
      const channel = item.sales_channel_id
      channels.set(
        channel,
        (channels.get(channel) ?? new Set()).add(item.product_variant_id)
      )
    }

    const prices = new Map<string, Map<string, number | null>>()
    for (const [key, { ctx, variantIds }] of priceContexts) {
      prices.set(key, await loadVariantPrices(container, [...variantIds], ctx))
    }
    const stock = new Map<string, Map<string, { in_stock: boolean }>>()
    for (const [channel, variantIds] of channels) {
      stock.set(
        channel,
        await loadVariantStock(container, [...variantIds], channel)
      )
    }

    const observations: ItemObservation[] = []
    for (const item of items) {
      const seen = stock
        .get(item.sales_channel_id)
        ?.get(item.product_variant_id)
      if (!seen) {
        // The variant is gone: nothing to observe.
        continue
      }
      observations.push({
        item_id: item.id,
        price:
          prices.get(priceKeyOf.get(item.id)!)?.get(item.product_variant_id) ??
          null,
        in_stock: seen.in_stock,
      })
    }
    return new StepResponse(observations)
  }
)
