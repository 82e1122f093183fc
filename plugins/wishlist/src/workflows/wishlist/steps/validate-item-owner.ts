import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WISHLIST_MODULE } from "../../../modules/wishlist"
import type WishlistModuleService from "../../../modules/wishlist/service"

export const validateWishlistItemOwnerStepId =
  "wishlist-validate-item-owner-step"

/**
 * The item must be in the customer's own wishlist. Anything else is "not
 * found", so another customer's items cannot even be shown to exist.
 */
export const validateWishlistItemOwnerStep = createStep(
  validateWishlistItemOwnerStepId,
  async (
    input: { item_id: string; customer_id: string; sales_channel_id: string },
    { container }
  ) => {
    const service: WishlistModuleService = container.resolve(WISHLIST_MODULE)
    const [item] = await service.listWishlistItems(
      { id: input.item_id },
      { relations: ["wishlist"] }
    )
    if (
      !item ||
      item.wishlist.customer_id !== input.customer_id ||
      item.wishlist.sales_channel_id !== input.sales_channel_id
    ) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Wishlist item with id ${input.item_id} was not found.`
      )
    }
    return new StepResponse(item)
  }
)
