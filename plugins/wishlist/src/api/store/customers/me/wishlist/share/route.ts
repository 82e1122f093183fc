import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { shareWishlistWorkflow } from "../../../../../../workflows/wishlist/share-wishlist"
import { wishlistActor } from "../actor"
import type { StoreWishlistChannelType } from "../validators"

/**
 * POST /store/customers/me/wishlist/share — a new share token (shown once;
 * older links stop working). Read it at GET /store/wishlists/shared/:token.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<StoreWishlistChannelType>,
  res: MedusaResponse
) {
  const actor = wishlistActor(req, req.validatedBody.sales_channel_id)
  const { result } = await shareWishlistWorkflow(req.scope).run({
    input: actor,
  })
  res.json({ share_token: result.token })
}

/** DELETE /store/customers/me/wishlist/share — revoke the share link. */
export async function DELETE(
  req: AuthenticatedMedusaRequest<unknown, StoreWishlistChannelType>,
  res: MedusaResponse
) {
  const actor = wishlistActor(req, req.validatedQuery.sales_channel_id)
  await shareWishlistWorkflow(req.scope).run({
    input: { ...actor, revoke: true },
  })
  res.json({ share_token: null, revoked: true })
}
