import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/** A watched item (an alert switched on) with its owner and sales channel. */
export type WatchedItemRow = {
  id: string
  product_variant_id: string
  region_id: string | null
  currency_code: string
  customer_id: string
  sales_channel_id: string
}

/** A watched item's place in the keyset order; a page starts after one. */
export type WatchedItemKey = { product_variant_id: string; id: string }

export type WatchedItemPageInput = {
  /** Only the items of these variants. */
  variant_ids?: string[]
  after?: WatchedItemKey
  limit: number
}

const isWatched = (q: Knex.QueryBuilder) =>
  q.where("price_drop_alert", true).orWhere("back_in_stock_alert", true)

/**
 * One keyset page of watched items, ordered by (variant, id) along the
 * `IDX_wishlist_item_product_variant_id_id` index: a page holds the watchers
 * of few variants, so the alert check prices each variant once a page.
 * One table only, so the index serves the order whatever the statistics.
 */
export function watchedItemPageQuery(
  knex: Knex,
  { variant_ids, after, limit }: WatchedItemPageInput
) {
  const query = knex("wishlist_item")
    .select<WatchedItemKey[]>("id", "product_variant_id")
    .whereNull("deleted_at")
    .where(isWatched)
    .orderBy([
      { column: "product_variant_id", order: "asc" },
      { column: "id", order: "asc" },
    ])
    .limit(limit)
  if (variant_ids) {
    query.whereIn("product_variant_id", variant_ids)
  }
  if (after) {
    query.whereRaw("(product_variant_id, id) > (?, ?)", [
      after.product_variant_id,
      after.id,
    ])
  }
  return query
}

/** Watched items with their owner and channel, by ids or by variants. */
export function watchedItemsQuery(
  knex: Knex,
  { item_ids, variant_ids }: { item_ids?: string[]; variant_ids?: string[] }
) {
  const query = knex("wishlist_item as wi")
    .join("wishlist as w", "w.id", "wi.wishlist_id")
    .select<WatchedItemRow[]>(
      "wi.id",
      "wi.product_variant_id",
      "wi.region_id",
      "wi.currency_code",
      "w.customer_id",
      "w.sales_channel_id"
    )
    .whereNull("wi.deleted_at")
    .whereNull("w.deleted_at")
    .where((q) =>
      q
        .where("wi.price_drop_alert", true)
        .orWhere("wi.back_in_stock_alert", true)
    )
    .orderBy([
      { column: "wi.product_variant_id", order: "asc" },
      { column: "wi.id", order: "asc" },
    ])
  if (item_ids) {
    query.whereIn("wi.id", item_ids)
  }
  if (variant_ids) {
    query.whereIn("wi.product_variant_id", variant_ids)
  }
  return query
}
