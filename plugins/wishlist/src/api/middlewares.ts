import { defineMiddlewares } from "@medusajs/framework/http"
import { adminWishlistMiddlewares } from "./admin/wishlists/middlewares"
import { storeWishlistMiddlewares } from "./store/customers/me/wishlist/middlewares"

export default defineMiddlewares({
  routes: [...storeWishlistMiddlewares, ...adminWishlistMiddlewares],
})
