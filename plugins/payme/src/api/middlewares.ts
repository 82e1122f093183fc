import { defineMiddlewares } from "@medusajs/framework/http"
import { paymeHookMiddlewares } from "./hooks/payme/middlewares"

export default defineMiddlewares({
  routes: [...paymeHookMiddlewares],
})
