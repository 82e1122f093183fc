import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { listLoyaltyTransactionsQueryConfig } from "../../../../store/customers/me/loyalty/query-config"
import {
  AdminCreateLoyaltyAdjustment,
  AdminGetCustomerLoyaltyParams,
} from "./validators"

const admin = authenticate("user", ["session", "bearer", "api-key"])

export const adminCustomerLoyaltyMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/customers/:id/loyalty",
    middlewares: [
      admin,
      validateAndTransformQuery(
        AdminGetCustomerLoyaltyParams,
        listLoyaltyTransactionsQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/customers/:id/loyalty/adjustments",
    middlewares: [
      admin,
      validateAndTransformBody(AdminCreateLoyaltyAdjustment),
    ],
  },
]
