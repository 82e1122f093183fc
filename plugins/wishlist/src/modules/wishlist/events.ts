/** Events of the wishlist module (`<entity>.<past-tense action>`). */
export const WishlistEvents = {
  ITEM_ADDED: "wishlist.item_added",
  ITEM_REMOVED: "wishlist.item_removed",
  SHARED: "wishlist.shared",
  ALERT_CREATED: "wishlist.alert_created",
} as const
