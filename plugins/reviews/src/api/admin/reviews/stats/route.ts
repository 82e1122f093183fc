import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import ReviewsModuleService from "../../../../modules/reviews/service"
import type { AdminGetReviewStatsParamsType } from "../validators"

/**
 * `GET /admin/reviews/stats?product_id=`: a product's approved-review stats
 * (average, count, per-star distribution), read from `review_stats`, for the
 * dashboard's product widget. Any product status (drafts included).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetReviewStatsParamsType>,
  res: MedusaResponse
) => {
  const productId = req.validatedQuery.product_id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: products }, { data: stats }] = await Promise.all([
    query.graph({
      entity: "product",
      fields: ["id"],
      filters: { id: productId },
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
    stats: {
      product_id: productId,
      ...ReviewsModuleService.toStatsDTO(stats[0]),
    },
  })
}
