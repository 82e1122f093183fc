import { defineMiddlewares } from "@medusajs/framework/http"
import { adminPaymeTransactionsMiddlewares } from "./admin/payme/transactions/middlewares"
import { paymeHookMiddlewares } from "./hooks/payme/middlewares"

export default defineMiddlewares({
  routes: [...paymeHookMiddlewares, ...adminPaymeTransactionsMiddlewares],
})
