import { defineMiddlewares } from "@medusajs/framework/http"
import { adminSearchMiddlewares } from "./admin/search/middlewares"
import { storeSearchMiddlewares } from "./store/search/middlewares"

export default defineMiddlewares({
  routes: [...storeSearchMiddlewares, ...adminSearchMiddlewares],
})
