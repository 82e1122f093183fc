import { defineMiddlewares } from "@medusajs/framework/http"
import { adminClickTransactionsMiddlewares } from "./admin/click/transactions/middlewares"
import { clickHookMiddlewares } from "./hooks/click/middlewares"

export default defineMiddlewares({
  routes: [...clickHookMiddlewares, ...adminClickTransactionsMiddlewares],
})
