import { defineMiddlewares } from "@medusajs/framework/http"
// <middleware-imports>
import { securityHeadersMiddlewares } from "./security-headers"
import { authThrottleMiddlewares } from "./auth/middlewares"
import { serveStoreProducts } from "./store/products/store-products"
// </middleware-imports>

export default defineMiddlewares({
  routes: [
    // <middleware-routes>
    ...securityHeadersMiddlewares,
    ...authThrottleMiddlewares,
    // Global (no method), so it runs before Medusa's own middlewares of the
    // routes: see store/products/store-products.ts.
    { matcher: "/store/products", middlewares: [serveStoreProducts] },
    // </middleware-routes>
  ],
})
