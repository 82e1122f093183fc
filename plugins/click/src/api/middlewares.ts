import { defineMiddlewares } from "@medusajs/framework/http"
import { clickHookMiddlewares } from "./hooks/click/middlewares"

export default defineMiddlewares({
  routes: [...clickHookMiddlewares],
})
