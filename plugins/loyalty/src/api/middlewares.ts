import { defineMiddlewares } from "@medusajs/framework/http"
import { storeLoyaltyMiddlewares } from "./store/customers/me/loyalty/middlewares"
import { storeCartLoyaltyMiddlewares } from "./store/carts/[id]/loyalty/middlewares"
import { adminCustomerLoyaltyMiddlewares } from "./admin/customers/[id]/loyalty/middlewares"
import { adminLoyaltySettingsMiddlewares } from "./admin/loyalty/middlewares"

export default defineMiddlewares({
  routes: [
    ...storeLoyaltyMiddlewares,
    ...storeCartLoyaltyMiddlewares,
    ...adminCustomerLoyaltyMiddlewares,
    ...adminLoyaltySettingsMiddlewares,
  ],
})
