/** Events of the wishlist module (`<entity>.<past-tense action>`). */
export const WishlistEvents = {
  ITEM_ADDED: "wishlist.item_added",
  ITEM_REMOVED: "wishlist.item_removed",
  SHARED: "wishlist.shared",
  ALERT_SENT: "wishlist.alert_sent",
} as const
