import { defineMiddlewares } from "@medusajs/framework/http"
// <middleware-imports>
import { clickHookMiddlewares } from "./hooks/click/middlewares"
import { paymeHookMiddlewares } from "./hooks/payme/middlewares"
import { storeWishlistMiddlewares } from "./store/customers/me/wishlist/middlewares"
import { adminWishlistMiddlewares } from "./admin/wishlists/middlewares"
import { adminNotificationTemplatesMiddlewares } from "./admin/notification-templates/middlewares"
import { eskizHookMiddlewares } from "./hooks/eskiz/middlewares"
import { storeNotificationPreferencesMiddlewares } from "./store/customers/me/notification-preferences/middlewares"
import { storeProductReviewsMiddlewares } from "./store/products/[id]/reviews/middlewares"
import { storeReviewsMiddlewares } from "./store/reviews/middlewares"
import { adminReviewsMiddlewares } from "./admin/reviews/middlewares"
// </middleware-imports>

export default defineMiddlewares({
  routes: [
    // <middleware-routes>
    ...clickHookMiddlewares,
    ...paymeHookMiddlewares,
    ...storeWishlistMiddlewares,
    ...adminWishlistMiddlewares,
    ...adminNotificationTemplatesMiddlewares,
    ...eskizHookMiddlewares,
    ...storeNotificationPreferencesMiddlewares,
    ...storeProductReviewsMiddlewares,
    ...storeReviewsMiddlewares,
    ...adminReviewsMiddlewares,
    // </middleware-routes>
  ],
})
