import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import {
  StoreEditReview,
  StoreReportReview,
  StoreVoteOnReview,
} from "./validators"

export const storeReviewsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/reviews/*",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    matcher: "/store/reviews/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(StoreEditReview)],
  },
  {
    matcher: "/store/reviews/:id/votes",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(StoreVoteOnReview)],
  },
  {
    matcher: "/store/reviews/:id/reports",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(StoreReportReview)],
  },
]
