import { model } from "@medusajs/framework/utils"
import { WishlistItem } from "./wishlist-item"

/** One wishlist per customer and sales channel. */
export const Wishlist = model
  .define("wishlist", {
    id: model.id({ prefix: "wl" }).primaryKey(),
    customer_id: model.text(),
    sales_channel_id: model.text(),
    // SHA-256 of the share token: the token itself is shown once and never stored.
    share_token_hash: model.text().nullable(),
    shared_at: model.dateTime().nullable(),
    items: model.hasMany(() => WishlistItem, { mappedBy: "wishlist" }),
  })
  .indexes([
    {
      on: ["customer_id", "sales_channel_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    {
      on: ["share_token_hash"],
      unique: true,
      where: "deleted_at IS NULL AND share_token_hash IS NOT NULL",
    },
  ])
