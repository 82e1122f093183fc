import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { InventoryEvents } from "@medusajs/framework/utils"
import { WISHLIST_MODULE } from "../modules/wishlist"
import type WishlistModuleService from "../modules/wishlist/service"
import { checkWishlistAlertsWorkflow } from "../workflows/wishlist/check-wishlist-alerts"
import { variantsOfInventoryLevels } from "../workflows/wishlist/utils/variants-of"
import { watchedItemBatches } from "../workflows/wishlist/utils/watched-item-batches"

/** Stock changed: check the wishlist items of its variants for a restock. */
export default async function wishlistInventoryChanged({
  event: { data },
  container,
}: SubscriberArgs<{ id: string | string[] }>) {
  const variant_ids = await variantsOfInventoryLevels(container, data)
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
  event: [
    InventoryEvents.INVENTORY_LEVEL_CREATED,
    InventoryEvents.INVENTORY_LEVEL_UPDATED,
  ],
  context: { subscriberId: "wishlist-inventory-changed" },
}
