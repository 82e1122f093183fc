import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  AdminGetNotificationTemplatesParams,
  AdminUpsertNotificationTemplate,
} from "./validators"
import { listNotificationTemplatesQueryConfig } from "./query-config"

export const adminNotificationTemplatesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/notification-templates*",
    middlewares: [authenticate("user", ["session", "bearer", "api-key"])],
  },
  {
    matcher: "/admin/notification-templates",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(
        AdminGetNotificationTemplatesParams,
        listNotificationTemplatesQueryConfig
      ),
    ],
  },
  {
    matcher: "/admin/notification-templates",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpsertNotificationTemplate)],
  },
]
