import {
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { AdminGetClickTransactionsParams } from "./validators"

/** `GET /admin/click/transactions` (admin-only, as every `/admin` route). */
export const adminClickTransactionsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/click/transactions",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(AdminGetClickTransactionsParams, {
        isList: true,
        defaults: [],
        defaultLimit: 20,
      }),
    ],
  },
]
