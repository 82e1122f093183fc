import { model } from "@medusajs/framework/utils"
import { WishlistItem } from "./wishlist-item"

/**
 * An alert decided for an item: one row per drop or restock. The unique
 * `idempotency_key` makes a second decision for the same change impossible.
 */
export const WishlistAlert = model
  .define("wishlist_alert", {
    id: model.id({ prefix: "wla" }).primaryKey(),
    item: model.belongsTo(() => WishlistItem, { mappedBy: "alerts" }),
    kind: model.enum(["price_drop", "back_in_stock"]),
    idempotency_key: model.text().unique(),
    customer_id: model.text(),
    product_variant_id: model.text(),
    price: model.bigNumber().nullable(),
    previous_price: model.bigNumber().nullable(),
    currency_code: model.text().nullable(),
    notified_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["customer_id"], where: "deleted_at IS NULL" },
    // The scheduled job looks for alerts whose delivery was lost.
    { on: ["created_at"], where: "deleted_at IS NULL AND notified_at IS NULL" },
  ])
