import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { InventoryEvents } from "@medusajs/framework/utils"
import { variantsOfInventoryLevels } from "../workflows/wishlist/utils/variants-of"
import { checkAlertsOfVariants } from "../workflows/wishlist/utils/check-alerts-of-variants"

/** Stock changed: check the wishlist items of its variants for a restock. */
export default async function wishlistInventoryChanged({
  event: { data },
  container,
}: SubscriberArgs<{ id: string | string[] }>) {
  const variant_ids = await variantsOfInventoryLevels(container, data)
  await checkAlertsOfVariants(container, variant_ids)
}

export const config: SubscriberConfig = {
  event: [
    InventoryEvents.INVENTORY_LEVEL_CREATED,
    InventoryEvents.INVENTORY_LEVEL_UPDATED,
  ],
  context: { subscriberId: "wishlist-inventory-changed" },
}
