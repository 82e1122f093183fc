import { defineMiddlewares } from "@medusajs/framework/http"
import { eskizHookMiddlewares } from "./hooks/eskiz/middlewares"

export default defineMiddlewares({
  routes: [...eskizHookMiddlewares],
})
