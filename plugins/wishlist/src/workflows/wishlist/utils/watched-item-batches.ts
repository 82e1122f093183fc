import type WishlistModuleService from "../../../modules/wishlist/service"
import type { WatchedItemKey } from "../../../modules/wishlist/utils/watched-items"

/** Items checked together: one alert-check workflow run each. */
export const WISHLIST_CHECK_BATCH = 500

/**
 * Watched items (all, or those of `variant_ids`) in keyset-paginated batches
 * of at most `size`: one page in memory at a time, whatever their number.
 */
export async function* watchedItemBatches(
  service: WishlistModuleService,
  { variant_ids }: { variant_ids?: string[] } = {},
  size = WISHLIST_CHECK_BATCH
): AsyncGenerator<WatchedItemKey[]> {
  let after: WatchedItemKey | undefined
  for (;;) {
    const batch = await service.listWatchedItemPage({
      variant_ids,
      after,
      limit: size,
    })
    if (!batch.length) {
      return
    }
    yield batch
    if (batch.length < size) {
      return
    }
    const last = batch[batch.length - 1]
    after = { product_variant_id: last.product_variant_id, id: last.id }
  }
}
