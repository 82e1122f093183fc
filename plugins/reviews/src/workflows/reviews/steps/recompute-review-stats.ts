import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import ReviewsModuleService from "../../../modules/reviews/service"
import type { ReviewStatsRow } from "../../../modules/reviews/types"
import { invalidateStoreReviews } from "../../../utils/store-reviews-cache"

export const recomputeReviewStatsStepId = "reviews-recompute-review-stats-step"

export type RecomputeReviewStatsStepInput = { product_ids: string[] }

/**
 * Recomputes the `review_stats` rows of the products (exact aggregate over
 * their approved reviews). Compensation: puts the previous rows back.
 */
export const recomputeReviewStatsStep = createStep(
  recomputeReviewStatsStepId,
  async (input: RecomputeReviewStatsStepInput, { container }) => {
    const service = container.resolve<ReviewsModuleService>(REVIEWS_MODULE)
    const productIds = [...new Set(input.product_ids)]
    if (!productIds.length) {
      return new StepResponse([] as ReviewStatsRow[], {
        product_ids: productIds,
        previous: [] as ReviewStatsRow[],
      })
    }
    const previous = (await service.listReviewStats(
      { product_id: productIds },
      {
        select: [
          "id",
          "product_id",
          ...ReviewsModuleService.STATS_FIELDS,
          "updated_at",
        ],
      }
    )) as ReviewStatsRow[]
    const stats = await service.recomputeReviewStats(productIds)
    await invalidateStoreReviews(container, productIds)
    return new StepResponse(stats, { product_ids: productIds, previous })
  },
  async (undo, { container }) => {
    if (!undo?.product_ids.length) {
      return
    }
    const service = container.resolve<ReviewsModuleService>(REVIEWS_MODULE)
    await service.putBackReviewStats(undo.product_ids, undo.previous)
    await invalidateStoreReviews(container, undo.product_ids)
  }
)
