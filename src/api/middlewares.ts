import { defineMiddlewares } from "@medusajs/framework/http"
// <middleware-imports>
import { securityHeadersMiddlewares } from "./security-headers"
import { authThrottleMiddlewares } from "./auth/middlewares"
import { listStoreProducts } from "./store/products/list-products"
// </middleware-imports>

export default defineMiddlewares({
  routes: [
    // <middleware-routes>
    ...securityHeadersMiddlewares,
    ...authThrottleMiddlewares,
    // Global (no method), so it runs before Medusa's own middlewares of the
    // route: see list-products.ts.
    { matcher: "/store/products", middlewares: [listStoreProducts] },
    // </middleware-routes>
  ],
})
