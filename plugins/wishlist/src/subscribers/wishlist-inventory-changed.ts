import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { InventoryEvents } from "@medusajs/framework/utils"
import { checkWishlistAlertsWorkflow } from "../workflows/wishlist/check-wishlist-alerts"
import { variantsOfInventoryLevels } from "../workflows/wishlist/utils/variants-of"

/** Stock changed: check the wishlist items of its variants for a restock. */
export default async function wishlistInventoryChanged({
  event: { data },
  container,
}: SubscriberArgs<{ id: string | string[] }>) {
  const variant_ids = await variantsOfInventoryLevels(container, data)
  if (variant_ids.length) {
    await checkWishlistAlertsWorkflow(container).run({ input: { variant_ids } })
  }
}

export const config: SubscriberConfig = {
  event: [
    InventoryEvents.INVENTORY_LEVEL_CREATED,
    InventoryEvents.INVENTORY_LEVEL_UPDATED,
  ],
  context: { subscriberId: "wishlist-inventory-changed" },
}
