import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  AdminCampaignAction,
  AdminCreateCampaign,
  AdminListCampaignRecipients,
  AdminListCampaigns,
} from "./validators"

const admin = authenticate("user", ["session", "bearer", "api-key"])

export const adminNotificationCampaignsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/notification-campaigns",
    methods: ["GET"],
    middlewares: [
      admin,
      validateAndTransformQuery(AdminListCampaigns, {
        isList: true,
        defaults: [],
      }),
    ],
  },
  {
    matcher: "/admin/notification-campaigns",
    methods: ["POST"],
    middlewares: [admin, validateAndTransformBody(AdminCreateCampaign)],
  },
  {
    matcher: "/admin/notification-campaigns/:id",
    methods: ["GET"],
    middlewares: [admin],
  },
  {
    matcher: "/admin/notification-campaigns/:id/recipients",
    methods: ["GET"],
    middlewares: [
      admin,
      validateAndTransformQuery(AdminListCampaignRecipients, {
        isList: true,
        defaults: [],
      }),
    ],
  },
  {
    matcher: "/admin/notification-campaigns/:id/:action",
    methods: ["POST"],
    middlewares: [admin, validateAndTransformBody(AdminCampaignAction)],
  },
]
