import type {
  AuthenticatedMedusaRequest,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import ReviewsModuleService from "../../../../../modules/reviews/service"
import { createReviewWorkflow } from "../../../../../workflows/reviews/create-review"
import { readStoreReviewsPage } from "../../../../../utils/store-reviews-cache"
import { STORE_OWN_REVIEW_FIELDS } from "./query-config"
import type {
  StoreGetProductReviewsParamsType,
  StoreUpsertReviewType,
} from "./validators"

/**
 * `GET /store/products/:id/reviews`: the product's approved reviews, paged,
 * with its stats read from `review_stats` (one row, no scan).
 *
 * Both reads go through Medusa's caching module (issue #17): the product's
 * status as the product page reads it (cleared by Medusa on the product's
 * events), and the page of reviews with count and stats under the product's
 * review-cache version, which every review workflow drops after it commits
 * (`utils/store-reviews-cache.ts`).
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
  // The product first, so ids of missing products never fill the cache.
  if (!(await isPublished(query, productId))) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Product with id: ${productId} was not found`
    )
  }
  const page = await readStoreReviewsPage(
    req.scope,
    productId,
    { fields: req.queryConfig.fields, filters, pagination },
    async () => {
      const [{ data: reviews, metadata }, { data: stats }] = await Promise.all([
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
    }
  )
  res.json(page)
}

/**
 * Whether the product exists and is published. The cached read asks for
 * the id alone (as the product page does) and the status is checked on
 * the answer: Medusa clears it on the product's events. An answer that is
 * not "published" is read again without the cache, since an empty answer
 * carries no entity for Medusa to clear it by.
 */
async function isPublished(
  query: Omit<RemoteQueryFunction, symbol>,
  productId: string
): Promise<boolean> {
  const read = (cache: boolean) =>
    query.graph(
      {
        entity: "product",
        fields: ["id", "status"],
        filters: { id: productId },
      },
      cache ? { cache: { enable: true } } : undefined
    )
  const { data: cached } = await read(true)
  if (cached[0]?.status === "published") {
    return true
  }
  const { data } = await read(false)
  return data[0]?.status === "published"
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
