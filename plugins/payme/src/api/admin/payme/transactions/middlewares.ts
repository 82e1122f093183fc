import {
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { AdminGetPaymeTransactionsParams } from "./validators"

/** `GET /admin/payme/transactions` (admin-only, as every `/admin` route). */
export const adminPaymeTransactionsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/payme/transactions",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(AdminGetPaymeTransactionsParams, {
        isList: true,
        defaults: [],
        defaultLimit: 20,
      }),
    ],
  },
]
