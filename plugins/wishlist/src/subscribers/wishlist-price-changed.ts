import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PricingEvents } from "@medusajs/framework/utils"
import { WISHLIST_MODULE } from "../modules/wishlist"
import type WishlistModuleService from "../modules/wishlist/service"
import { checkWishlistAlertsWorkflow } from "../workflows/wishlist/check-wishlist-alerts"
import { variantsOfPrices } from "../workflows/wishlist/utils/variants-of"
import { watchedItemBatches } from "../workflows/wishlist/utils/watched-item-batches"

/** A price changed: check the wishlist items of its variants for a drop. */
export default async function wishlistPriceChanged({
  event: { data },
  container,
}: SubscriberArgs<{ id: string | string[] }>) {
  const variant_ids = await variantsOfPrices(container, data)
  if (!variant_ids.length) {
    return
  }
  const service: WishlistModuleService = container.resolve(WISHLIST_MODULE)
  // A popular variant can be watched by many: one batch of items at a time.
  for await (const batch of watchedItemBatches(service, { variant_ids })) {
    await checkWishlistAlertsWorkflow(container).run({
      input: { item_ids: batch.map((i) => i.id) },
    })
  }
}

export const config: SubscriberConfig = {
  event: [PricingEvents.PRICE_CREATED, PricingEvents.PRICE_UPDATED],
  context: { subscriberId: "wishlist-price-changed" },
}
