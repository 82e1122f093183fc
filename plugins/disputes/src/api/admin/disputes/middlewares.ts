import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { listAdminDisputesQueryConfig } from "./query-config"
import {
  AdminAddDisputeMessage,
  AdminGetDisputeParams,
  AdminGetDisputesParams,
  AdminResolveDispute,
  AdminReviewDispute,
} from "./validators"

/** Admin disputes routes (issue #8). */
export const adminDisputesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/disputes*",
    middlewares: [authenticate("user", ["session", "bearer", "api-key"])],
  },
  {
    matcher: "/admin/disputes",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(
        AdminGetDisputesParams,
        listAdminDisputesQueryConfig
      ),
    ],
  },
  {
    matcher: "/admin/disputes/:id",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(AdminGetDisputeParams, {
        isList: false,
        defaults: [],
      }),
    ],
  },
  {
    matcher: "/admin/disputes/:id/messages",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminAddDisputeMessage)],
  },
  {
    matcher: "/admin/disputes/:id/review",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminReviewDispute)],
  },
  {
    matcher: "/admin/disputes/:id/resolve",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminResolveDispute)],
  },
]
