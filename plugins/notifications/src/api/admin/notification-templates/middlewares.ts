import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  AdminGetNotificationKindsParams,
  AdminGetNotificationTemplatesParams,
  AdminPreviewNotificationTemplate,
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
    matcher: "/admin/notification-templates/kinds",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(AdminGetNotificationKindsParams, {}),
    ],
  },
  {
    matcher: "/admin/notification-templates",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpsertNotificationTemplate)],
  },
  {
    matcher: "/admin/notification-templates/preview",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminPreviewNotificationTemplate)],
  },
]
