import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  listAdminReviewsQueryConfig,
  reviewStatsQueryConfig,
} from "./query-config"
import {
  AdminBatchReviews,
  AdminGetReviewStatsParams,
  AdminGetReviewsParams,
  AdminUpdateReview,
} from "./validators"

export const adminReviewsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/reviews*",
    middlewares: [authenticate("user", ["session", "bearer", "api-key"])],
  },
  {
    matcher: "/admin/reviews",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(
        AdminGetReviewsParams,
        listAdminReviewsQueryConfig
      ),
    ],
  },
  {
    matcher: "/admin/reviews/stats",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(
        AdminGetReviewStatsParams,
        reviewStatsQueryConfig
      ),
    ],
  },
  {
    matcher: "/admin/reviews/batch",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminBatchReviews)],
  },
  {
    matcher: "/admin/reviews/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateReview)],
  },
]
