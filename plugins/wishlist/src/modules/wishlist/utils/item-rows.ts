import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/** A wishlist item as the storefront view reads it (amounts as numeric strings). */
export type WishlistItemRow = {
  id: string
  product_variant_id: string
  product_id: string
  region_id: string | null
  currency_code: string
  price_when_added: string | null
  price_drop_alert: boolean
  target_price: string | null
  back_in_stock_alert: boolean
  created_at: Date
}

/** A wishlist's items, oldest first, as plain rows. */
export function itemRowsQuery(knex: Knex, wishlist_id: string) {
  return knex("wishlist_item")
    .select<WishlistItemRow[]>(
      "id",
      "product_variant_id",
      "product_id",
      "region_id",
      "currency_code",
      "price_when_added",
      "price_drop_alert",
      "target_price",
      "back_in_stock_alert",
      "created_at"
    )
    .where({ wishlist_id })
    .whereNull("deleted_at")
    .orderBy([
      { column: "created_at", order: "asc" },
      { column: "id", order: "asc" },
    ])
}

/** A wishlist as the storefront view reads it. */
export type WishlistRow = {
  id: string
  customer_id: string
  sales_channel_id: string
  share_token_hash: string | null
  shared_at: Date | null
}

/** A customer's wishlist in a sales channel, as a plain row (or none). */
export function wishlistRowQuery(
  knex: Knex,
  {
    customer_id,
    sales_channel_id,
  }: { customer_id: string; sales_channel_id: string }
) {
  return knex("wishlist")
    .first<WishlistRow | undefined>(
      "id",
      "customer_id",
      "sales_channel_id",
      "share_token_hash",
      "shared_at"
    )
    .where({ customer_id, sales_channel_id })
    .whereNull("deleted_at")
}
