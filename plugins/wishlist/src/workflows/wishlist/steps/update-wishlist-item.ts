import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WISHLIST_MODULE } from "../../../modules/wishlist"
import type WishlistModuleService from "../../../modules/wishlist/service"
import type { AlertSettings } from "../types"

export const updateWishlistItemStepId = "wishlist-update-item-step"

/** Changes an item's alert settings; compensation puts the old ones back. */
export const updateWishlistItemStep = createStep(
  updateWishlistItemStepId,
  async (input: { id: string } & AlertSettings, { container }) => {
    const service: WishlistModuleService = container.resolve(WISHLIST_MODULE)
    const [before] = await service.listWishlistItems(
      { id: input.id },
      {
        select: [
          "id",
          "price_drop_alert",
          "target_price",
          "back_in_stock_alert",
        ],
      }
    )
    const updated = await service.updateWishlistItems(input)
    return new StepResponse(updated, {
      id: before.id,
      price_drop_alert: before.price_drop_alert,
      target_price: before.target_price ?? null,
      back_in_stock_alert: before.back_in_stock_alert,
    })
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const service: WishlistModuleService = container.resolve(WISHLIST_MODULE)
    await service.updateWishlistItems(before)
  }
)
