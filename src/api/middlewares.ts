import { defineMiddlewares } from "@medusajs/framework/http"
// <middleware-imports>
import { securityHeadersMiddlewares } from "./security-headers"
import { authThrottleMiddlewares } from "./auth/middlewares"
// </middleware-imports>

export default defineMiddlewares({
  routes: [
    // <middleware-routes>
    ...securityHeadersMiddlewares,
    ...authThrottleMiddlewares,
    // </middleware-routes>
  ],
})
