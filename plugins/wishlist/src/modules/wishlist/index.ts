import { Module } from "@medusajs/framework/utils"
import validateOptionsLoader from "./loaders/validate-options"
import WishlistModuleService from "./service"

export const WISHLIST_MODULE = "wishlist"

export default Module(WISHLIST_MODULE, {
  service: WishlistModuleService,
  loaders: [validateOptionsLoader],
})

export * from "./types"
export { WishlistEvents } from "./events"
export type { WishlistModuleService }
