import { createHash, randomBytes } from "node:crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WISHLIST_MODULE } from "../../../modules/wishlist"
import type WishlistModuleService from "../../../modules/wishlist/service"

export const setShareTokenStepId = "wishlist-set-share-token-step"

export const hashShareToken = (token: string) =>
  createHash("sha256").update(token).digest("hex")

/**
 * Shares (a new random 192-bit token; any older link stops working) or, with
 * `revoke`, unshares a wishlist. Only the token's hash is stored.
 */
export const setShareTokenStep = createStep(
  setShareTokenStepId,
  async (input: { wishlist_id: string; revoke?: boolean }, { container }) => {
    const service: WishlistModuleService = container.resolve(WISHLIST_MODULE)
    const before = await service.retrieveWishlist(input.wishlist_id)
    const token = input.revoke ? null : randomBytes(24).toString("base64url")
    await service.updateWishlists({
      id: input.wishlist_id,
      share_token_hash: token ? hashShareToken(token) : null,
      shared_at: token ? new Date() : null,
    })
    return new StepResponse(
      { token },
      {
        id: before.id,
        share_token_hash: before.share_token_hash ?? null,
        shared_at: before.shared_at ?? null,
      }
    )
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const service: WishlistModuleService = container.resolve(WISHLIST_MODULE)
    await service.updateWishlists(before)
  }
)
