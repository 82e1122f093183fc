export * from "../modules/wishlist/types"
export * from "../modules/wishlist/events"
export * from "../notifications/types"
export type { WishlistNotificationKind } from "../notifications/templates"
