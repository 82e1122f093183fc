import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WishlistEvents } from "../../modules/wishlist/events"
import { getOrCreateWishlistStep } from "./steps/get-or-create-wishlist"
import { setShareTokenStep } from "./steps/set-share-token"
import type { WishlistActor } from "./types"

export const shareWishlistWorkflowId = "wishlist-share"

/**
 * Shares the customer's wishlist (a new token each time; older links stop
 * working) or, with `revoke`, stops sharing it.
 */
export const shareWishlistWorkflow = createWorkflow(
  shareWishlistWorkflowId,
  (input: WishlistActor & { revoke?: boolean }) => {
    const wishlist = getOrCreateWishlistStep({
      customer_id: input.customer_id,
      sales_channel_id: input.sales_channel_id,
    })
    const result = setShareTokenStep({
      wishlist_id: wishlist.id,
      revoke: input.revoke,
    })
    emitEventStep({
      eventName: WishlistEvents.SHARED,
      data: { id: wishlist.id, revoked: input.revoke ?? false },
    })
    return new WorkflowResponse(result)
  }
)
