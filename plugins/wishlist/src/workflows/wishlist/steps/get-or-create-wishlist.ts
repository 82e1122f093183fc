import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WISHLIST_MODULE } from "../../../modules/wishlist"
import type WishlistModuleService from "../../../modules/wishlist/service"

export const getOrCreateWishlistStepId = "wishlist-get-or-create-wishlist-step"

/**
 * The customer's wishlist for the sales channel, created on first use. A
 * concurrent creation loses on the unique index and reads the winner's row.
 */
export const getOrCreateWishlistStep = createStep(
  getOrCreateWishlistStepId,
  async (
    input: { customer_id: string; sales_channel_id: string },
    { container }
  ) => {
    const service: WishlistModuleService = container.resolve(WISHLIST_MODULE)
    const [existing] = await service.listWishlists(input)
    if (existing) {
      return new StepResponse(existing, null)
    }
    try {
      const created = await service.createWishlists(input)
      return new StepResponse(created, created.id)
    } catch (e) {
      const [winner] = await service.listWishlists(input)
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
    await service.deleteWishlists(createdId)
  }
)
