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
import { storeLoyaltyMiddlewares } from "./store/customers/me/loyalty/middlewares"
import { storeCartLoyaltyMiddlewares } from "./store/carts/[id]/loyalty/middlewares"
import { adminCustomerLoyaltyMiddlewares } from "./admin/customers/[id]/loyalty/middlewares"
import { adminLoyaltySettingsMiddlewares } from "./admin/loyalty/middlewares"
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
    ...storeLoyaltyMiddlewares,
    ...storeCartLoyaltyMiddlewares,
    ...adminCustomerLoyaltyMiddlewares,
    ...adminLoyaltySettingsMiddlewares,
    // </middleware-routes>
  ],
})
