import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"
import { invalidateStoreReviews } from "../../../utils/store-reviews-cache"

export const deleteReviewsStepId = "reviews-delete-reviews-step"

/** Soft-deletes reviews. Compensation: restores them. */
export const deleteReviewsStep = createStep(
  deleteReviewsStepId,
  async (ids: string[], { container }) => {
    const service = container.resolve<ReviewsModuleService>(REVIEWS_MODULE)
    const reviews = await service.listReviews(
      { id: ids },
      { select: ["id", "product_id"] }
    )
    await service.softDeleteReviews(ids)
    await invalidateStoreReviews(
      container,
      reviews.map((r) => r.product_id)
    )
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service = container.resolve<ReviewsModuleService>(REVIEWS_MODULE)
    await service.restoreReviews(ids)
    const reviews = await service.listReviews(
      { id: ids },
      { select: ["id", "product_id"] }
    )
    await invalidateStoreReviews(
      container,
      reviews.map((r) => r.product_id)
    )
  }
)
