import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { WISHLIST_MODULE } from "../../../../../../../modules/wishlist"
import type WishlistModuleService from "../../../../../../../modules/wishlist/service"
import { removeWishlistItemWorkflow } from "../../../../../../../workflows/wishlist/remove-wishlist-item"
import { updateWishlistItemWorkflow } from "../../../../../../../workflows/wishlist/update-wishlist-item"
import { wishlistActor } from "../../actor"
import type {
  StoreUpdateWishlistItemType,
  StoreWishlistChannelType,
} from "../../validators"
import { wishlistView } from "../../view"

async function respond(
  req: AuthenticatedMedusaRequest<any, any>,
  res: MedusaResponse,
  actor: { customer_id: string; sales_channel_id: string }
) {
  const service: WishlistModuleService = req.scope.resolve(WISHLIST_MODULE)
  const [wishlist] = await service.listWishlists(actor)
  res.json({
    wishlist: await wishlistView(req.scope, wishlist, {
      owner: true,
      customer_id: actor.customer_id,
    }),
  })
}

/** POST /store/customers/me/wishlist/items/:id — change the item's alerts. */
export async function POST(
  req: AuthenticatedMedusaRequest<StoreUpdateWishlistItemType>,
  res: MedusaResponse
) {
  const { sales_channel_id, ...alerts } = req.validatedBody
  const actor = wishlistActor(req, sales_channel_id)
  await updateWishlistItemWorkflow(req.scope).run({
    input: { ...actor, ...alerts, item_id: req.params.id },
  })
  await respond(req, res, actor)
}

/** DELETE /store/customers/me/wishlist/items/:id */
export async function DELETE(
  req: AuthenticatedMedusaRequest<unknown, StoreWishlistChannelType>,
  res: MedusaResponse
) {
  const actor = wishlistActor(req, req.validatedQuery.sales_channel_id)
  await removeWishlistItemWorkflow(req.scope).run({
    input: { ...actor, item_id: req.params.id },
  })
  await respond(req, res, actor)
}
