import { model } from "@medusajs/framework/utils"
import { Wishlist } from "./wishlist"
import { WishlistAlert } from "./wishlist-alert"

/**
 * A saved variant. `observed_*` hold what the alert checks saw last, so an
 * alert fires on a change (a drop, a restock) and never while nothing changed.
 */
export const WishlistItem = model
  .define("wishlist_item", {
    id: model.id({ prefix: "wli" }).primaryKey(),
    wishlist: model.belongsTo(() => Wishlist, { mappedBy: "items" }),
    product_variant_id: model.text(),
    product_id: model.text(),
    region_id: model.text().nullable(),
    currency_code: model.text(),
    price_when_added: model.bigNumber().nullable(),
    price_drop_alert: model.boolean().default(false),
    target_price: model.bigNumber().nullable(),
    back_in_stock_alert: model.boolean().default(false),
    observed_price: model.bigNumber().nullable(),
    observed_in_stock: model.boolean().nullable(),
    last_price_alert_at: model.dateTime().nullable(),
    last_stock_alert_at: model.dateTime().nullable(),
    alerts: model.hasMany(() => WishlistAlert, { mappedBy: "item" }),
  })
  .indexes([
    {
      on: ["wishlist_id", "product_variant_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    // Items of a variant (price and inventory events), and the alert checks'
    // keyset pages on (product_variant_id, id).
    { on: ["product_variant_id", "id"], where: "deleted_at IS NULL" },
  ])
