import { defineMiddlewares } from "@medusajs/framework/http"
import { storeDisputesMiddlewares } from "./store/disputes/middlewares"
import { adminDisputesMiddlewares } from "./admin/disputes/middlewares"

export default defineMiddlewares({
  routes: [...storeDisputesMiddlewares, ...adminDisputesMiddlewares],
})
