import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WISHLIST_MODULE } from "../../../modules/wishlist"
import type WishlistModuleService from "../../../modules/wishlist/service"
import type { AlertSettings } from "../types"

export const addWishlistItemStepId = "wishlist-add-item-step"

export type AddWishlistItemStepInput = {
  wishlist_id: string
  offer: {
    variant_id: string
    product_id: string
    price: number | null
    currency_code: string
    region_id: string | null
    in_stock: boolean
  }
  alerts: AlertSettings
}

/**
 * Adds the variant, or returns the item already there (the same variant twice
 * keeps one item; alert settings given again are applied to it).
 */
export const addWishlistItemStep = createStep(
  addWishlistItemStepId,
  async (
    { wishlist_id, offer, alerts }: AddWishlistItemStepInput,
    { container }
  ) => {
    const service: WishlistModuleService = container.resolve(WISHLIST_MODULE)
    const find = () =>
      service.listWishlistItems({
        wishlist_id,
        product_variant_id: offer.variant_id,
      })
    const [existing] = await find()
    if (existing) {
      return new StepResponse(existing, null)
    }
    try {
      const created = await service.createWishlistItems({
        wishlist_id,
        product_variant_id: offer.variant_id,
        product_id: offer.product_id,
        region_id: offer.region_id,
        currency_code: offer.currency_code,
        price_when_added: offer.price,
        observed_price: offer.price,
        observed_in_stock: offer.in_stock,
        ...alerts,
      })
      return new StepResponse(created, created.id)
    } catch (e) {
      // A concurrent add of the same variant won the unique index.
      const [winner] = await find()
      if (winner) {
        return new StepResponse(winner, null)
      }
      throw e
    }
  },
  async (createdId, { container }) => {
    if (!createdId) {
      return
    }
    const service: WishlistModuleService = container.resolve(WISHLIST_MODULE)
    await service.deleteWishlistItems(createdId)
  }
)
