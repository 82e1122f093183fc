import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { AdminUpdateLoyaltySettings } from "./settings/validators"

const admin = authenticate("user", ["session", "bearer", "api-key"])

export const adminLoyaltySettingsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/loyalty/settings",
    middlewares: [admin],
  },
  {
    methods: ["POST"],
    matcher: "/admin/loyalty/settings",
    middlewares: [admin, validateAndTransformBody(AdminUpdateLoyaltySettings)],
  },
]
