import {
  MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { AdminGetWishlistStats } from "./validators"

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
]
