import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { StoreUpdateNotificationPreferences } from "./validators"

export const storeNotificationPreferencesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/customers/me/notification-preferences",
    methods: ["GET", "POST"],
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    matcher: "/store/customers/me/notification-preferences",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(StoreUpdateNotificationPreferences)],
  },
]
