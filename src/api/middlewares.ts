import { defineMiddlewares } from "@medusajs/framework/http"
// <middleware-imports>
// </middleware-imports>

export default defineMiddlewares({
  routes: [
    // <middleware-routes>
    // </middleware-routes>
  ],
})
