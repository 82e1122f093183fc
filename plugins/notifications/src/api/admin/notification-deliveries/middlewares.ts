import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { AdminGetNotificationDeliveriesParams } from "./validators"

export const adminNotificationDeliveriesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/notification-deliveries",
    methods: ["GET"],
    middlewares: [
      authenticate("user", ["session", "bearer", "api-key"]),
      validateAndTransformQuery(AdminGetNotificationDeliveriesParams, {}),
    ],
  },
]
