import {
  MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { AdminGetWishlistAlerts, AdminGetWishlistStats } from "./validators"

export const adminWishlistMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/wishlists/stats",
    middlewares: [
      validateAndTransformQuery(AdminGetWishlistStats, {
        isList: false,
        defaults: [],
      }),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/wishlists/alerts",
    middlewares: [
      validateAndTransformQuery(AdminGetWishlistAlerts, {
        isList: false,
        defaults: [],
      }),
    ],
  },
]
