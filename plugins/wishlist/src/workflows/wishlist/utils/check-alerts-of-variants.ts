import type { MedusaContainer } from "@medusajs/framework/types"
import { WISHLIST_MODULE } from "../../../modules/wishlist"
import type WishlistModuleService from "../../../modules/wishlist/service"
import { checkWishlistAlertsWorkflow } from "../check-wishlist-alerts"
import { watchedItemBatches } from "./watched-item-batches"

/**
 * Checks the wishlist items watching `variant_ids` for alerts. A popular
 * variant can be watched by many: one batch of items per workflow run.
 */
export async function checkAlertsOfVariants(
  container: MedusaContainer,
  variant_ids: string[]
) {
  if (!variant_ids.length) {
    return
  }
  const service: WishlistModuleService = container.resolve(WISHLIST_MODULE)
  for await (const batch of watchedItemBatches(service, { variant_ids })) {
    await checkWishlistAlertsWorkflow(container).run({
      input: { item_ids: batch.map((i) => i.id) },
    })
  }
}
