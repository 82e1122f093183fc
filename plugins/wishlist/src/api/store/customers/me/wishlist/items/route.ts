import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { WISHLIST_MODULE } from "../../../../../../modules/wishlist"
import type WishlistModuleService from "../../../../../../modules/wishlist/service"
import { addWishlistItemWorkflow } from "../../../../../../workflows/wishlist/add-wishlist-item"
import { wishlistActor } from "../actor"
import type { StoreAddWishlistItemType } from "../validators"
import { wishlistView } from "../view"

/** POST /store/customers/me/wishlist/items — save a variant (once). */
export async function POST(
  req: AuthenticatedMedusaRequest<StoreAddWishlistItemType>,
  res: MedusaResponse
) {
  const { sales_channel_id, ...body } = req.validatedBody
  const actor = wishlistActor(req, sales_channel_id)
  await addWishlistItemWorkflow(req.scope).run({ input: { ...actor, ...body } })
  const service: WishlistModuleService = req.scope.resolve(WISHLIST_MODULE)
  const [wishlist] = await service.listWishlists(actor)
  res.json({
    wishlist: await wishlistView(req.scope, wishlist, {
      region_id: body.region_id,
      owner: true,
      customer_id: actor.customer_id,
    }),
  })
}
