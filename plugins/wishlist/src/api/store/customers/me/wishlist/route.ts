import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { WISHLIST_MODULE } from "../../../../../modules/wishlist"
import type WishlistModuleService from "../../../../../modules/wishlist/service"
import { wishlistActor } from "./actor"
import type { StoreGetWishlistType } from "./validators"
import { wishlistView } from "./view"

/** GET /store/customers/me/wishlist — the customer's wishlist in this sales channel. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, StoreGetWishlistType>,
  res: MedusaResponse
) {
  const { region_id, sales_channel_id } = req.validatedQuery
  const actor = wishlistActor(req, sales_channel_id)
  const service: WishlistModuleService = req.scope.resolve(WISHLIST_MODULE)
  const wishlist = await service.findWishlistRow(actor)
  if (!wishlist) {
    // Nothing saved yet: an empty list, created on the first add.
    res.json({
      wishlist: {
        id: null,
        sales_channel_id: actor.sales_channel_id,
        shared: false,
        shared_at: null,
        items: [],
      },
    })
    return
  }
  res.json({
    wishlist: await wishlistView(req.scope, wishlist, {
      region_id,
      owner: true,
      customer_id: actor.customer_id,
    }),
  })
}
