import { defineMiddlewares } from "@medusajs/framework/http"
// <middleware-imports>
import { clickHookMiddlewares } from "./hooks/click/middlewares"
import { paymeHookMiddlewares } from "./hooks/payme/middlewares"
import { storeWishlistMiddlewares } from "./store/customers/me/wishlist/middlewares"
import { adminWishlistMiddlewares } from "./admin/wishlists/middlewares"
// </middleware-imports>

export default defineMiddlewares({
  routes: [
    // <middleware-routes>
    ...clickHookMiddlewares,
    ...paymeHookMiddlewares,
    ...storeWishlistMiddlewares,
    ...adminWishlistMiddlewares,
    // </middleware-routes>
  ],
})
