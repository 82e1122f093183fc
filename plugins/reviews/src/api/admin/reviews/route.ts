import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminGetReviewsParamsType } from "./validators"

/** `GET /admin/reviews`: every review, filterable by status, product, customer, rating and `reported`. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetReviewsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { reported, ...filters } = req.filterableFields as Record<
    string,
    unknown
  >
  if (reported !== undefined) {
    filters.report_count = reported ? { $gt: 0 } : 0
  }
  const { data: reviews, metadata } = await query.graph({
    entity: "review",
    fields: req.queryConfig.fields,
    filters,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    reviews,
    count: metadata?.count ?? reviews.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? reviews.length,
  })
}
