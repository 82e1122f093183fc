import {
  authenticate,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  keptStoreReviewsPage,
  rawQueryKey,
} from "../../../../../utils/store-reviews-cache"
import { listStoreReviewsQueryConfig } from "./query-config"
import { StoreGetProductReviewsParams, StoreUpsertReview } from "./validators"

export const storeProductReviewsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/products/:id/reviews",
    methods: ["GET"],
    middlewares: [
      serveKeptStoreReviewsPage,
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

/**
 * Answers `GET /store/products/:id/reviews` from its kept page, before the
 * query is validated again (issue #17): only a validated request stores a
 * page, under its raw query (`utils/store-reviews-cache.ts`). A miss goes
 * on to validation and the route.
 */
async function serveKeptStoreReviewsPage(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const page = await keptStoreReviewsPage(
      req.scope,
      req.params.id,
      rawQueryKey(req)
    )
    if (page) {
      res.json(page)
      return
    }
  } catch (e) {
    return next(e)
  }
  next()
}
