import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WISHLIST_MODULE } from "../../../modules/wishlist"
import type WishlistModuleService from "../../../modules/wishlist/service"

export const removeWishlistItemStepId = "wishlist-remove-item-step"

/** Soft-deletes the item; compensation restores it. */
export const removeWishlistItemStep = createStep(
  removeWishlistItemStepId,
  async (itemId: string, { container }) => {
    const service: WishlistModuleService = container.resolve(WISHLIST_MODULE)
    await service.softDeleteWishlistItems(itemId)
    return new StepResponse(itemId, itemId)
  },
  async (itemId, { container }) => {
    if (!itemId) {
      return
    }
    const service: WishlistModuleService = container.resolve(WISHLIST_MODULE)
    await service.restoreWishlistItems(itemId)
  }
)
