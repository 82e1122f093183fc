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
import { STORE_OWN_REVIEW_FIELDS } from "./query-config"
import type {
  StoreGetProductReviewsParamsType,
  StoreUpsertReviewType,
} from "./validators"

/**
 * `GET /store/products/:id/reviews`: the product's approved reviews, paged,
 * with its stats read from `review_stats` (one row, no scan).
 */
export const GET = async (
  req: MedusaRequest<unknown, StoreGetProductReviewsParamsType>,
  res: MedusaResponse
) => {
  const productId = req.params.id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  const [{ data: products }, { data: reviews, metadata }, { data: stats }] =
    await Promise.all([
      query.graph({
        entity: "product",
        fields: ["id"],
        filters: { id: productId, status: "published" },
      }),
      query.graph({
        entity: "review",
        fields: req.queryConfig.fields,
        filters: {
          ...req.filterableFields,
          product_id: productId,
          status: "approved",
        },
        pagination: {
          ...req.queryConfig.pagination,
          // A stable order across pages.
          order: { ...req.queryConfig.pagination.order, id: "DESC" },
        },
      }),
      query.graph({
        entity: "review_stats",
        fields: ReviewsModuleService.STATS_FIELDS,
        filters: { product_id: productId },
      }),
    ])
  if (!products.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Product with id: ${productId} was not found`
    )
  }

  res.json({
    reviews,
    count: metadata?.count ?? reviews.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? reviews.length,
    stats: ReviewsModuleService.toStatsDTO(stats[0]),
  })
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
