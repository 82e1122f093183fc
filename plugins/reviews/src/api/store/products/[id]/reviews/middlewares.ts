import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { listStoreReviewsQueryConfig } from "./query-config"
import { StoreGetProductReviewsParams, StoreUpsertReview } from "./validators"

export const storeProductReviewsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/products/:id/reviews",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(
        StoreGetProductReviewsParams,
        listStoreReviewsQueryConfig
      ),
    ],
  },
  {
    matcher: "/store/products/:id/reviews",
    methods: ["POST"],
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      validateAndTransformBody(StoreUpsertReview),
    ],
  },
]
