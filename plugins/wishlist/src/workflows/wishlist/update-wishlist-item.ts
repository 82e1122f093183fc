import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { updateWishlistItemStep } from "./steps/update-wishlist-item"
import { validateWishlistItemOwnerStep } from "./steps/validate-item-owner"
import type { AlertSettings, WishlistActor } from "./types"

export const updateWishlistItemWorkflowId = "wishlist-update-item"

/** Changes the alert settings of an item in the customer's own wishlist. */
export const updateWishlistItemWorkflow = createWorkflow(
  updateWishlistItemWorkflowId,
  (input: WishlistActor & AlertSettings & { item_id: string }) => {
    validateWishlistItemOwnerStep(input)
    const update = transform({ input }, ({ input }) => ({
      id: input.item_id,
      ...(input.price_drop_alert !== undefined && {
        price_drop_alert: input.price_drop_alert,
      }),
      ...(input.target_price !== undefined && {
        target_price: input.target_price,
      }),
      ...(input.back_in_stock_alert !== undefined && {
        back_in_stock_alert: input.back_in_stock_alert,
      }),
    }))
    return new WorkflowResponse(updateWishlistItemStep(update))
  }
)
