import type {
  MedusaResponse,
  MedusaStoreRequest,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { WISHLIST_MODULE } from "../../../../../modules/wishlist"
import type WishlistModuleService from "../../../../../modules/wishlist/service"
import { hashShareToken } from "../../../../../workflows/wishlist/steps/set-share-token"
import { wishlistView } from "../../../customers/me/wishlist/view"

/**
 * GET /store/wishlists/shared/:token — a shared wishlist, read-only, without
 * login; no customer data and no alert settings are shown.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const token = req.params.token
  const service: WishlistModuleService = req.scope.resolve(WISHLIST_MODULE)
  const [wishlist] =
    token && token.length <= 128
      ? await service.listWishlists({ share_token_hash: hashShareToken(token) })
      : []
  const channels = req.publishable_key_context?.sales_channel_ids ?? []
  if (!wishlist || !channels.includes(wishlist.sales_channel_id)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "Shared wishlist was not found."
    )
  }
  const region_id =
    typeof req.query.region_id === "string" ? req.query.region_id : undefined
  res.json({
    wishlist: await wishlistView(req.scope, wishlist, {
      region_id,
      owner: false,
    }),
  })
}
