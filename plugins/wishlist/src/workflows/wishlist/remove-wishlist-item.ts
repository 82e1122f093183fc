import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WishlistEvents } from "../../modules/wishlist/events"
import { removeWishlistItemStep } from "./steps/remove-wishlist-item"
import { validateWishlistItemOwnerStep } from "./steps/validate-item-owner"
import type { WishlistActor } from "./types"

export const removeWishlistItemWorkflowId = "wishlist-remove-item"

/** Removes an item from the customer's own wishlist (404 for anyone else's). */
export const removeWishlistItemWorkflow = createWorkflow(
  removeWishlistItemWorkflowId,
  (input: WishlistActor & { item_id: string }) => {
    validateWishlistItemOwnerStep(input)
    const id = removeWishlistItemStep(input.item_id)
    emitEventStep({ eventName: WishlistEvents.ITEM_REMOVED, data: { id } })
    return new WorkflowResponse(id)
  }
)
