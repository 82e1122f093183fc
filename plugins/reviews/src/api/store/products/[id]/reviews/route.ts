import type {
  AuthenticatedMedusaRequest,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import ReviewsModuleService from "../../../../../modules/reviews/service"
import { createReviewWorkflow } from "../../../../../workflows/reviews/create-review"
import {
  rawQueryKey,
  readStoreReviewsPage,
} from "../../../../../utils/store-reviews-cache"
import { STORE_OWN_REVIEW_FIELDS } from "./query-config"
import type {
  StoreGetProductReviewsParamsType,
  StoreUpsertReviewType,
} from "./validators"

/**
 * `GET /store/products/:id/reviews`: the product's approved reviews, paged,
 * with its stats read from `review_stats` (one row, no scan).
 *
 * The page (reviews, count, stats) is kept in Medusa's caching module
 * (issue #17) under the product's review-cache version, which every review
 * workflow drops after it commits, and Medusa's product tag, which the
 * product's events clear (`utils/store-reviews-cache.ts`). The product is
 * checked (exists, published) whenever the page is read from the database.
 */
export const GET = async (
  req: MedusaRequest<unknown, StoreGetProductReviewsParamsType>,
  res: MedusaResponse
) => {
  const productId = req.params.id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  const filters = {
    ...req.filterableFields,
    product_id: productId,
    status: "approved",
  }
  const pagination = {
    ...req.queryConfig.pagination,
    // A stable order across pages.
    order: { ...req.queryConfig.pagination.order, id: "DESC" },
  }
  const page = await readStoreReviewsPage(
    req.scope,
    productId,
    rawQueryKey(req),
    {
      isVisible: async () => {
        const { data } = await query.graph({
          entity: "product",
          fields: ["id", "status"],
          filters: { id: productId },
        })
        return data[0]?.status === "published"
      },
      load: async () => {
        const [{ data: reviews, metadata }, { data: stats }] =
          await Promise.all([
            query.graph({
              entity: "review",
              fields: req.queryConfig.fields,
              filters,
              pagination,
            }),
            query.graph({
              entity: "review_stats",
              fields: ReviewsModuleService.STATS_FIELDS,
              filters: { product_id: productId },
            }),
          ])
        return {
          reviews,
          count: metadata?.count ?? reviews.length,
          offset: metadata?.skip ?? 0,
          limit: metadata?.take ?? reviews.length,
          stats: ReviewsModuleService.toStatsDTO(stats[0]),
        }
      },
    }
  )
  if (!page) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Product with id: ${productId} was not found`
    )
  }
  res.json(page)
}

/**
 * `POST /store/products/:id/reviews`: writes the customer's review of the
 * product; a second call edits it. 201 when created, 200 when edited.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreUpsertReviewType>,
  res: MedusaResponse
) => {
  const { result } = await createReviewWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      product_id: req.params.id,
      customer_id: req.auth_context.actor_id,
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [review],
  } = await query.graph({
    entity: "review",
    fields: STORE_OWN_REVIEW_FIELDS,
    filters: { id: result.review.id },
  })
  res.status(result.created ? 201 : 200).json({ review })
}
