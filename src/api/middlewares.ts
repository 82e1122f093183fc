import { defineMiddlewares } from "@medusajs/framework/http"
// <middleware-imports>
import { securityHeadersMiddlewares } from "./security-headers"
import { authThrottleMiddlewares } from "./auth/middlewares"
import { adminNotificationTemplatesMiddlewares } from "./admin/notification-templates/middlewares"
import { eskizHookMiddlewares } from "./hooks/eskiz/middlewares"
import { storeNotificationPreferencesMiddlewares } from "./store/customers/me/notification-preferences/middlewares"
import { storeWishlistMiddlewares } from "./store/customers/me/wishlist/middlewares"
import { adminWishlistMiddlewares } from "./admin/wishlists/middlewares"
import { storeSearchMiddlewares } from "./store/search/middlewares"
import { paypalHookMiddlewares } from "./hooks/paypal/middlewares"
import { storeDisputesMiddlewares } from "./store/disputes/middlewares"
import { adminDisputesMiddlewares } from "./admin/disputes/middlewares"
// </middleware-imports>

export default defineMiddlewares({
  routes: [
    // <middleware-routes>
    ...securityHeadersMiddlewares,
    ...authThrottleMiddlewares,
    ...adminNotificationTemplatesMiddlewares,
    ...eskizHookMiddlewares,
    ...storeNotificationPreferencesMiddlewares,
    ...storeWishlistMiddlewares,
    ...adminWishlistMiddlewares,
    ...storeSearchMiddlewares,
    ...paypalHookMiddlewares,
    ...storeDisputesMiddlewares,
    ...adminDisputesMiddlewares,
    // </middleware-routes>
  ],
})
