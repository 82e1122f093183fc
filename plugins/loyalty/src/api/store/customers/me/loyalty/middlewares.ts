import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { listLoyaltyTransactionsQueryConfig } from "./query-config"
import { StoreGetLoyaltyParams } from "./validators"

export const storeLoyaltyMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/customers/me/loyalty",
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      validateAndTransformQuery(
        StoreGetLoyaltyParams,
        listLoyaltyTransactionsQueryConfig
      ),
    ],
  },
]
