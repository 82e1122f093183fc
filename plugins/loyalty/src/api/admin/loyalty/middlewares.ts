import { authenticate, MiddlewareRoute } from "@medusajs/framework/http"

export const adminLoyaltySettingsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/loyalty/settings",
    middlewares: [authenticate("user", ["session", "bearer", "api-key"])],
  },
]
